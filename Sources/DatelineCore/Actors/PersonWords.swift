/// Common nouns that name one person by what they do or are in life (`teacher`, `nurse`, `pilot`,
/// `widow`, `mother`): an occupation in apposition marks a name as a person's (`Oisin Brannagh, a
/// teacher at the school,`), and a phrase headed by one can speak (`the nurse said`). Words
/// that may name an organization as well (`parent`, `host`, `rival`, `source`) are not here.
enum PersonWords {
  /// The nouns, singular and lower-case.
  static let occupations = WordList([
    "teacher", "nurse", "student", "pupil", "farmer", "doctor", "surgeon", "physician", "midwife", "paramedic",
    "pharmacist", "dentist", "actor", "actress", "singer", "rapper", "dancer", "comedian", "presenter",
    "broadcaster", "designer", "entrepreneur", "businessman", "businesswoman", "banker", "investor", "chef", "pilot",
    "soldier", "sailor", "firefighter", "driver", "worker", "labourer", "laborer", "priest", "pastor", "vicar",
    "rabbi", "nun", "monk", "mother", "father", "grandmother", "grandfather", "wife", "husband", "son", "daughter",
    "widow", "widower", "pensioner", "retiree", "campaigner", "volunteer", "shopkeeper", "fisherman", "miner",
    "carpenter", "plumber", "electrician", "mechanic", "builder", "cleaner", "waiter", "waitress", "lecturer",
    "graduate", "athlete", "cyclist", "swimmer", "boxer", "filmmaker", "producer", "blogger", "woman", "man", "girl",
    "boy", "mum", "dad", "person", "child", "friend", "relative", "citizen", "guard", "neighbour", "neighbor", "cop",
    "spokesperson", "magistrate", "forward", "striker", "midfielder", "defender", "goalkeeper", "winger",
  ])
}
