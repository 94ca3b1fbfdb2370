/// Gives the pages of freed memory back to the system. The allocator keeps what is freed for its
/// later allocations, resident: when a long list is copied into one array and its pieces are let
/// go of (`ChunkedList.takeAll`), the pieces stayed resident beside the new array, and a long
/// timeline's events and actors took their memory twice at the end of a run.
enum FreedPages {
  /// Returns the whole pages of freed memory to the system.
  static func release() {
    #if os(Linux)
      _ = mallocTrim(0)
    #endif
  }
}

#if os(Linux)
  // glibc's `malloc_trim`, which Glibc's module map leaves out (it is declared in <malloc.h>).
  @_silgen_name("malloc_trim")
  private func mallocTrim(_ pad: Int) -> Int32
#endif
