"""Name lists of Dutch residents of many origins, written for this benchmark.

faker's nl_NL provider covers (mostly) Dutch names; the lists below add the names that
people in the Netherlands actually carry and that a lexicon built from Dutch names
alone tends to miss: Moroccan, Turkish, Surinamese (Hindustani, Creole, Javanese),
Antillean/Aruban, Moluccan and Indonesian, Polish, Syrian/Arabic, Somali, Eritrean,
Ghanaian, Cape Verdean, Chinese, Vietnamese, Frisian and Limburgian. They were
written by hand from general knowledge for this benchmark; they are not taken from
any detector's lexicon, and not from herstelsite's sources.

Each origin is (given names, surnames). Surnames may carry particles ("el", "van").
"""

ORIGINS = {
    "marokkaans": (
        ["Mohamed", "Youssef", "Khadija", "Fatima", "Nordin", "Samira", "Hamza", "Ilham",
         "Soufiane", "Nadia", "Bilal", "Houda", "Rachid", "Loubna", "Anouar", "Zineb",
         "Ayoub", "Hafsa", "Mustapha", "Najat"],
        ["El Amrani", "Bouzid", "Azzouzi", "El Khattabi", "Ouali", "Benali", "Amezian",
         "Boutaleb", "El Idrissi", "Aït Taleb", "Bouchtaoui", "Lamrabet", "Ziani",
         "El Haddouchi", "Boukhari", "Moussaoui", "Achahbar", "Tahiri", "el Bakkali",
         "Ouchene"]),
    "turks": (
        ["Mehmet", "Ayşe", "Mustafa", "Elif", "Emre", "Zeynep", "Hakan", "Özlem",
         "Yusuf", "Büşra", "Kemal", "Esra", "Serkan", "Gülsüm", "Murat", "Hatice",
         "Onur", "Sevda", "Erdal", "Meryem"],
        ["Yılmaz", "Demir", "Öztürk", "Şahin", "Çelik", "Kaya", "Aydın", "Doğan",
         "Arslan", "Koç", "Kılıç", "Özdemir", "Erdoğan", "Güneş", "Polat", "Karataş",
         "Yıldız", "Akgül", "Tekin", "Bulut"]),
    "surinaams": (
        ["Ravi", "Anjali", "Sharmila", "Kenneth", "Roshni", "Ricardo", "Priya",
         "Sandew", "Gerda", "Sunil", "Chantal", "Wiredjo", "Soeniatie", "Romano",
         "Nirmala", "Clifton", "Indira", "Ashwin", "Marlon", "Sitie"],
        ["Ramdin", "Jagessar", "Pinas", "Kasanmoentalib", "Ramsaran", "Sitaldin",
         "Biharie", "Karijo", "Soekhoe", "Doelwijt", "Mangroe", "Tjon A Fong",
         "Wongsodikromo", "Amatmoekrim", "Kromodimedjo", "Lachmon", "Nahar",
         "Redjopawiro", "Bhagwandin", "Fränkel"]),
    "antilliaans": (
        ["Jurgen", "Shurendy", "Giselle", "Ruthmilda", "Quincy", "Jeandra", "Urvin",
         "Xiomara", "Rignald", "Sheritsa", "Gregory", "Jomaira", "Elvis", "Naomy",
         "Rudsel", "Yoselin"],
        ["Martina", "Isenia", "Rosaria", "Winklaar", "Anthonia", "Janga", "Cijntje",
         "Koeiman", "Croes", "Wever", "Maduro", "Tromp", "Dania", "Lourens",
         "Frans", "Doran"]),
    "moluks-indonesisch": (
        ["Johan", "Yvonne", "Dewi", "Ferry", "Wati", "Ronny", "Sylvia", "Hendrik",
         "Mira", "Agus", "Lien", "Benny", "Ratna", "Eddy", "Tjitske", "Sari"],
        ["Latuperisa", "Pattipeilohy", "Tanamal", "Wattimena", "Soumokil", "Manuhutu",
         "Sahetapy", "Wijaya", "Tahitu", "Pesulima", "Lekatompessy", "Siahaya",
         "Hehanussa", "Santoso", "Kartosen", "Matulessy"]),
    "pools": (
        ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Krzysztof",
         "Magdalena", "Paweł", "Joanna", "Łukasz", "Ewa", "Marcin", "Dorota",
         "Grzegorz", "Anna", "Michał"],
        ["Nowak", "Kowalczyk", "Wiśniewska", "Lewandowski", "Wójcik", "Kamińska",
         "Zieliński", "Szymańska", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowski",
         "Mazur", "Krawczyk", "Piotrowska", "Grabowski"]),
    "syrisch-arabisch": (
        ["Rania", "Ahmad", "Lina", "Omar", "Yara", "Khaled", "Nour", "Tarek", "Huda",
         "Samer", "Reem", "Bashar", "Dima", "Fadi"],
        ["Al-Khatib", "Haddad", "Al-Hassan", "Darwish", "Sabbagh", "Kassem", "Al-Ali",
         "Mansour", "Najjar", "Khoury", "Al-Masri", "Hamdan", "Saleh", "Aziz"]),
    "somalisch-eritrees": (
        ["Abdirahman", "Hodan", "Ayaan", "Mahad", "Filsan", "Yonas", "Selam", "Tesfay",
         "Hiwet", "Dawit", "Saida", "Abdullahi"],
        ["Warsame", "Abdi", "Hassan", "Farah", "Jama", "Ghebremedhin", "Tesfamariam",
         "Haile", "Kidane", "Mohamud", "Osman", "Berhane"]),
    "ghanees-kaapverdisch": (
        ["Kwame", "Akosua", "Kofi", "Abena", "Yaw", "Efua", "Nelson", "Djenifer",
         "Adilson", "Maria", "Kwabena", "Ama"],
        ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Ofori", "Fernandes",
         "Tavares", "Monteiro", "Lopes", "Gomes", "Semedo"]),
    "chinees-vietnamees": (
        ["Wei", "Mei Ling", "Jun", "Xiao", "Thanh", "Linh", "Minh", "Huong", "Kai",
         "Yun", "Quoc", "Lan"],
        ["Chen", "Wong", "Zhang", "Liu", "Cheung", "Nguyen", "Tran", "Pham", "Le",
         "Hoang", "Lam", "Tang"]),
    "fries-limburgs": (
        ["Sjoerd", "Wietske", "Hylke", "Tjitske", "Jelle", "Baukje", "Sietse", "Geertje",
         "Sjef", "Mieke", "Jo", "Lei", "Truus", "Hubert"],
        ["Hiemstra", "Dijkstra", "de Boer", "Bosma", "Hoekstra", "Wijnja", "Zijlstra",
         "Postma", "Dassen", "Lemmens", "Schoonbrood", "Ramakers", "Vanderhoven",
         "Wolfs"]),
}

# Dutch given names and surnames to complement faker's nl_NL lists with particles of
# every kind (faker covers the plain ones well).
DUTCH_PARTICLE_SURNAMES = [
    "van den Berg", "de Vries", "van der Meer", "van Dijk", "de Jong", "van Leeuwen",
    "ter Horst", "van 't Hof", "in 't Veld", "van der Linden", "den Hartog", "op de Weegh",
    "van de Kamp", "ten Cate", "van Rijn", "de Groot", "van der Heijden", "van Beek",
    "uit den Bogaard", "van den Broek", "'t Hart", "de la Rie", "van Oosten", "ter Laak",
]

# second half of a double (married) surname: "A. de Vries-Jansen"
DOUBLE_TAIL = ["Jansen", "Bakker", "Visser", "Smit", "Mulder", "de Wit", "Bos", "Peters",
               "Hendriks", "Dekker", "Kramer", "Brouwer", "Kok", "Vermeulen", "Yılmaz",
               "El Amrani", "Pinas", "Nowak"]
