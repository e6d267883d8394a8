#include "demo/DemoPeople.h"

#include <array>

namespace baton {
namespace {

constexpr std::array<std::string_view, 6> seniorityNames{"c_level", "vp",         "director",
                                                         "manager", "individual", "student"};
constexpr std::array<quint32, 6> seniorityShares{6, 10, 18, 28, 34, 4};

constexpr DemoTitle cLevel[] = {
    {"Chief Marketing Officer", 5}, {"Chief Revenue Officer", 5},    {"Chief Executive Officer", 4},
    {"Chief Operating Officer", 2}, {"Chief Technology Officer", 2}, {"Chief Financial Officer", 1},
    {"Co-Founder & CEO", 2},        {"Chief Growth Officer", 1},
};
constexpr DemoTitle vp[] = {
    {"VP Marketing", 6},
    {"VP Sales", 6},
    {"VP Revenue Operations", 4},
    {"VP Demand Generation", 4},
    {"VP Growth", 2},
    {"VP Customer Success", 1},
    {"SVP Global Sales", 1},
    {"VP Sales Development", 2},
    {"VP Marketing Operations", 2},
};
constexpr DemoTitle director[] = {
    {"Director of Demand Generation", 5},
    {"Director of Marketing Operations", 5},
    {"Director of Sales Operations", 4},
    {"Head of Growth", 3},
    {"Head of Sales Development", 4},
    {"Director of Revenue Operations", 4},
    {"Director of IT", 2},
    {"Head of Digital Marketing", 3},
    {"Director of Field Marketing", 2},
    {"Head of CRM", 2},
};
constexpr DemoTitle manager[] = {
    {"Marketing Operations Manager", 6},
    {"Sales Development Manager", 5},
    {"Demand Generation Manager", 5},
    {"CRM Manager", 4},
    {"Revenue Operations Manager", 5},
    {"Campaign Manager", 4},
    {"Inside Sales Manager", 3},
    {"Salesforce Administrator", 3},
    {"Field Marketing Manager", 2},
    {"Product Marketing Manager", 3},
    {"IT Manager", 2},
};
constexpr DemoTitle individual[] = {
    {"Marketing Specialist", 5},
    {"Account Executive", 6},
    {"Sales Operations Analyst", 4},
    {"Content Marketer", 3},
    {"Data Analyst", 3},
    {"Marketing Coordinator", 4},
    {"Sales Development Representative", 4},
    {"Business Analyst", 3},
    {"Growth Marketer", 2},
    {"Marketing Automation Specialist", 3},
    {"Solutions Engineer", 2},
    {"Office Manager", 1},
};
constexpr DemoTitle student[] = {
    {"Student", 6},
    {"MBA Candidate", 3},
    {"Graduate Research Assistant", 1},
    {"Marketing Intern", 2},
};

constexpr DemoName northAmericaFirst[] = {
    {"James", {}, 8},     {"Michael", {}, 8},    {"Robert", {}, 6},   {"David", {}, 8},    {"John", {}, 7},
    {"Chris", {}, 6},     {"Daniel", {}, 6},     {"Matthew", {}, 5},  {"Andrew", {}, 5},   {"Ryan", {}, 5},
    {"Kevin", {}, 4},     {"Brian", {}, 4},      {"Jason", {}, 4},    {"Eric", {}, 4},     {"Tyler", {}, 3},
    {"Brandon", {}, 3},   {"Justin", {}, 3},     {"José", "jose", 3}, {"Carlos", {}, 3},   {"Luis", {}, 2},
    {"Wei", {}, 2},       {"Raj", {}, 2},        {"Omar", {}, 2},     {"Mohammed", {}, 2}, {"Mary", {}, 5},
    {"Jennifer", {}, 7},  {"Sarah", {}, 7},      {"Jessica", {}, 6},  {"Emily", {}, 6},    {"Ashley", {}, 5},
    {"Amanda", {}, 5},    {"Megan", {}, 4},      {"Lauren", {}, 4},   {"Rachel", {}, 4},   {"Nicole", {}, 4},
    {"Stephanie", {}, 4}, {"Rebecca", {}, 3},    {"Hannah", {}, 3},   {"Olivia", {}, 3},   {"Emma", {}, 3},
    {"Sofia", {}, 2},     {"María", "maria", 2}, {"Priya", {}, 2},    {"Mei", {}, 2},      {"Aisha", {}, 2},
    {"Grace", {}, 2},     {"Chloe", {}, 2},      {"Zoe", {}, 2},      {"Kayla", {}, 2},    {"Taylor", {}, 2},
    {"Jordan", {}, 2},    {"Morgan", {}, 1},     {"Casey", {}, 1},    {"DeShawn", {}, 1},  {"Malik", {}, 1},
    {"Imani", {}, 1},
};
constexpr DemoName northAmericaLast[] = {
    {"Smith", {}, 40},     {"Johnson", {}, 32},  {"Williams", {}, 28},     {"Brown", {}, 26},
    {"Jones", {}, 24},     {"Garcia", {}, 22},   {"Miller", {}, 22},       {"Davis", {}, 20},
    {"Rodriguez", {}, 18}, {"Martinez", {}, 18}, {"Hernandez", {}, 16},    {"Lopez", {}, 14},
    {"Wilson", {}, 14},    {"Anderson", {}, 14}, {"Thomas", {}, 13},       {"Taylor", {}, 13},
    {"Moore", {}, 12},     {"Jackson", {}, 12},  {"Martin", {}, 12},       {"Lee", {}, 12},
    {"Thompson", {}, 11},  {"White", {}, 11},    {"Harris", {}, 10},       {"Clark", {}, 10},
    {"Lewis", {}, 10},     {"Robinson", {}, 10}, {"Walker", {}, 10},       {"Young", {}, 9},
    {"Allen", {}, 9},      {"King", {}, 9},      {"Wright", {}, 9},        {"Scott", {}, 8},
    {"Nguyen", {}, 10},    {"Hill", {}, 8},      {"Green", {}, 8},         {"Adams", {}, 8},
    {"Baker", {}, 8},      {"Nelson", {}, 7},    {"Carter", {}, 7},        {"Mitchell", {}, 7},
    {"Patel", {}, 9},      {"Kim", {}, 8},       {"Chen", {}, 8},          {"Wang", {}, 6},
    {"Singh", {}, 6},      {"Cohen", {}, 4},     {"O'Brien", "obrien", 4}, {"Murphy", {}, 5},
    {"Sullivan", {}, 4},   {"Rivera", {}, 6},    {"Reyes", {}, 4},         {"Brooks", {}, 4},
    {"Bennett", {}, 4},    {"Foster", {}, 3},    {"Hughes", {}, 3},        {"Price", {}, 3},
    {"Russell", {}, 3},    {"Coleman", {}, 3},   {"Jenkins", {}, 3},       {"Perry", {}, 3},
    {"Washington", {}, 2}, {"Okafor", {}, 2},    {"Kowalski", {}, 2},      {"Schwartz", {}, 2},
};

constexpr DemoName emeaFirst[] = {
    {"Lukas", {}, 4},      {"Leon", {}, 3},       {"Jonas", {}, 3},      {"Felix", {}, 3},
    {"Maximilian", {}, 2}, {"Paul", {}, 3},       {"Thomas", {}, 4},     {"Stefan", {}, 3},
    {"Marco", {}, 3},      {"Luca", {}, 3},       {"Matteo", {}, 2},     {"Alessandro", {}, 2},
    {"Giulia", {}, 3},     {"Francesca", {}, 2},  {"Chiara", {}, 2},     {"Pierre", {}, 3},
    {"Julien", {}, 3},     {"Antoine", {}, 2},    {"Nicolas", {}, 3},    {"Camille", {}, 3},
    {"Léa", "lea", 3},     {"Manon", {}, 2},      {"Chloé", "chloe", 2}, {"Sophie", {}, 4},
    {"Emma", {}, 4},       {"Hannah", {}, 3},     {"Anna", {}, 4},       {"Laura", {}, 4},
    {"Lena", {}, 3},       {"Marie", {}, 4},      {"Sara", {}, 3},       {"Elena", {}, 3},
    {"Lucía", "lucia", 2}, {"Javier", {}, 3},     {"Pablo", {}, 3},      {"Alejandro", {}, 2},
    {"Carmen", {}, 2},     {"Sofía", "sofia", 2}, {"Oliver", {}, 4},     {"Harry", {}, 3},
    {"George", {}, 3},     {"Jack", {}, 3},       {"Charlie", {}, 2},    {"Amelia", {}, 3},
    {"Isla", {}, 2},       {"Olivia", {}, 3},     {"Freya", {}, 2},      {"Jan", {}, 3},
    {"Pieter", {}, 2},     {"Daan", {}, 2},       {"Sanne", {}, 2},      {"Lars", {}, 3},
    {"Erik", {}, 3},       {"Ingrid", {}, 2},     {"Astrid", {}, 2},     {"Søren", "soren", 2},
    {"Magnus", {}, 2},     {"Björn", "bjorn", 2}, {"Mateusz", {}, 2},    {"Katarzyna", {}, 2},
    {"Aoife", {}, 2},      {"Seán", "sean", 2},   {"Ahmed", {}, 2},      {"Fatima", {}, 2},
    {"Yusuf", {}, 2},      {"Amira", {}, 2},      {"Noah", {}, 3},       {"Mia", {}, 3},
    {"Zeynep", {}, 2},     {"Nikos", {}, 1},      {"Ana", {}, 2},        {"João", "joao", 2},
};
constexpr DemoName emeaLast[] = {
    {"Müller", "mueller", 14},
    {"Schmidt", {}, 12},
    {"Schneider", {}, 10},
    {"Fischer", {}, 9},
    {"Weber", {}, 8},
    {"Meyer", {}, 8},
    {"Wagner", {}, 7},
    {"Becker", {}, 7},
    {"Hoffmann", {}, 6},
    {"Schulz", {}, 6},
    {"Rossi", {}, 9},
    {"Russo", {}, 7},
    {"Ferrari", {}, 6},
    {"Esposito", {}, 6},
    {"Bianchi", {}, 5},
    {"Romano", {}, 5},
    {"Martin", {}, 10},
    {"Bernard", {}, 8},
    {"Dubois", {}, 7},
    {"Robert", {}, 5},
    {"Richard", {}, 5},
    {"Petit", {}, 5},
    {"Durand", {}, 5},
    {"Leroy", {}, 4},
    {"Moreau", {}, 5},
    {"García", "garcia", 10},
    {"Fernández", "fernandez", 8},
    {"González", "gonzalez", 8},
    {"Rodríguez", "rodriguez", 8},
    {"López", "lopez", 7},
    {"Martínez", "martinez", 7},
    {"Sánchez", "sanchez", 6},
    {"Pérez", "perez", 6},
    {"Smith", {}, 14},
    {"Jones", {}, 10},
    {"Taylor", {}, 9},
    {"Brown", {}, 9},
    {"Williams", {}, 8},
    {"Wilson", {}, 7},
    {"Evans", {}, 7},
    {"Davies", {}, 7},
    {"Johnson", {}, 6},
    {"Roberts", {}, 6},
    {"Walker", {}, 5},
    {"de Jong", "dejong", 6},
    {"Jansen", {}, 5},
    {"de Vries", "devries", 5},
    {"van den Berg", "vandenberg", 4},
    {"Bakker", {}, 4},
    {"Visser", {}, 4},
    {"Andersson", {}, 5},
    {"Johansson", {}, 5},
    {"Karlsson", {}, 4},
    {"Nilsson", {}, 4},
    {"Larsen", {}, 4},
    {"Hansen", {}, 4},
    {"Nielsen", {}, 4},
    {"Jensen", {}, 4},
    {"Kowalski", {}, 4},
    {"Nowak", {}, 5},
    {"Wiśniewski", "wisniewski", 3},
    {"Murphy", {}, 5},
    {"Kelly", {}, 4},
    {"O'Sullivan", "osullivan", 3},
    {"Walsh", {}, 3},
    {"Byrne", {}, 3},
    {"Novák", "novak", 3},
    {"Dvořák", "dvorak", 2},
    {"Haddad", {}, 3},
    {"Khoury", {}, 2},
    {"Yılmaz", "yilmaz", 3},
    {"Kaya", {}, 2},
    {"Öztürk", "ozturk", 2},
    {"Papadopoulos", {}, 2},
    {"Silva", {}, 4},
    {"Santos", {}, 4},
    {"Ferreira", {}, 3},
};

constexpr DemoName apacFirst[] = {
    {"Wei", {}, 4},       {"Jing", {}, 3},          {"Li", {}, 2},
    {"Hiroshi", {}, 3},   {"Yuki", {}, 3},          {"Haruto", {}, 2},
    {"Sakura", {}, 2},    {"Aiko", {}, 2},          {"Kenji", {}, 3},
    {"Takeshi", {}, 2},   {"Min-jun", "minjun", 2}, {"Seo-yeon", "seoyeon", 2},
    {"Ji-ho", "jiho", 2}, {"Priya", {}, 4},         {"Arjun", {}, 4},
    {"Rahul", {}, 4},     {"Ananya", {}, 3},        {"Vikram", {}, 3},
    {"Deepa", {}, 2},     {"Sanjay", {}, 3},        {"Aarav", {}, 2},
    {"Kavya", {}, 2},     {"Rohan", {}, 3},         {"Siddharth", {}, 2},
    {"Neha", {}, 3},      {"Jack", {}, 4},          {"Olivia", {}, 4},
    {"Liam", {}, 3},      {"Charlotte", {}, 3},     {"Noah", {}, 3},
    {"Ruby", {}, 2},      {"Lachlan", {}, 2},       {"Matilda", {}, 2},
    {"Ethan", {}, 3},     {"Chloe", {}, 3},         {"Mei Ling", "meiling", 2},
    {"Jun", {}, 2},       {"Kai", {}, 2},           {"Nurul", {}, 2},
    {"Ahmad", {}, 2},     {"Siti", {}, 2},          {"Linh", {}, 2},
    {"Minh", {}, 2},      {"Anh", {}, 2},
};
constexpr DemoName apacLast[] = {
    {"Wang", {}, 10},  {"Li", {}, 9},       {"Zhang", {}, 9}, {"Liu", {}, 7},      {"Chen", {}, 8},
    {"Yang", {}, 5},   {"Huang", {}, 5},    {"Sato", {}, 6},  {"Suzuki", {}, 6},   {"Takahashi", {}, 5},
    {"Tanaka", {}, 5}, {"Watanabe", {}, 4}, {"Ito", {}, 4},   {"Yamamoto", {}, 4}, {"Nakamura", {}, 4},
    {"Kim", {}, 8},    {"Lee", {}, 8},      {"Park", {}, 6},  {"Choi", {}, 4},     {"Sharma", {}, 8},
    {"Patel", {}, 7},  {"Gupta", {}, 6},    {"Singh", {}, 7}, {"Kumar", {}, 7},    {"Iyer", {}, 3},
    {"Reddy", {}, 4},  {"Nair", {}, 3},     {"Rao", {}, 4},   {"Mehta", {}, 3},    {"Smith", {}, 8},
    {"Jones", {}, 5},  {"Williams", {}, 5}, {"Brown", {}, 5}, {"Wilson", {}, 4},   {"Taylor", {}, 4},
    {"Nguyen", {}, 6}, {"Tran", {}, 4},     {"Pham", {}, 3},  {"Tan", {}, 5},      {"Lim", {}, 5},
    {"Ng", {}, 4},     {"Wong", {}, 5},     {"Goh", {}, 3},   {"Santos", {}, 3},   {"Reyes", {}, 3},
};

constexpr DemoName latamFirst[] = {
    {"José", "jose", 5},
    {"Juan", {}, 5},
    {"Carlos", {}, 5},
    {"Luis", {}, 4},
    {"Miguel", {}, 4},
    {"Jorge", {}, 3},
    {"Diego", {}, 3},
    {"Andrés", "andres", 3},
    {"Santiago", {}, 3},
    {"Mateo", {}, 3},
    {"Sebastián", "sebastian", 2},
    {"Alejandro", {}, 3},
    {"Gabriel", {}, 3},
    {"Rafael", {}, 3},
    {"Lucas", {}, 3},
    {"Pedro", {}, 3},
    {"João", "joao", 3},
    {"Thiago", {}, 2},
    {"María", "maria", 5},
    {"Ana", {}, 4},
    {"Sofía", "sofia", 3},
    {"Valentina", {}, 3},
    {"Camila", {}, 3},
    {"Isabella", {}, 2},
    {"Daniela", {}, 3},
    {"Fernanda", {}, 3},
    {"Gabriela", {}, 3},
    {"Mariana", {}, 3},
    {"Luciana", {}, 2},
    {"Beatriz", {}, 2},
    {"Larissa", {}, 2},
    {"Juliana", {}, 2},
};
constexpr DemoName latamLast[] = {
    {"García", "garcia", 10},
    {"Rodríguez", "rodriguez", 9},
    {"Martínez", "martinez", 8},
    {"Hernández", "hernandez", 8},
    {"López", "lopez", 8},
    {"González", "gonzalez", 8},
    {"Pérez", "perez", 7},
    {"Sánchez", "sanchez", 6},
    {"Ramírez", "ramirez", 6},
    {"Torres", {}, 5},
    {"Flores", {}, 5},
    {"Rivera", {}, 5},
    {"Gómez", "gomez", 5},
    {"Díaz", "diaz", 5},
    {"Cruz", {}, 4},
    {"Morales", {}, 4},
    {"Reyes", {}, 4},
    {"Gutiérrez", "gutierrez", 4},
    {"Ortiz", {}, 3},
    {"Castillo", {}, 3},
    {"Silva", {}, 8},
    {"Santos", {}, 7},
    {"Oliveira", {}, 7},
    {"Souza", {}, 6},
    {"Pereira", {}, 5},
    {"Costa", {}, 5},
    {"Rodrigues", {}, 5},
    {"Almeida", {}, 4},
    {"Nascimento", {}, 3},
    {"Lima", {}, 4},
    {"Araújo", "araujo", 3},
    {"Carvalho", {}, 3},
};

} // namespace

std::span<const std::string_view> DemoPeople::seniorities()
{
    return seniorityNames;
}

std::span<const quint32> DemoPeople::seniorityWeights()
{
    return seniorityShares;
}

std::span<const DemoTitle> DemoPeople::titles(size_t seniority)
{
    switch (seniority) {
    case 0:
        return cLevel;
    case 1:
        return vp;
    case 2:
        return director;
    case 3:
        return manager;
    case 4:
        return individual;
    default:
        return student;
    }
}

std::span<const DemoName> DemoPeople::firstNames(DemoRegion region)
{
    switch (region) {
    case DemoRegion::NorthAmerica:
        return northAmericaFirst;
    case DemoRegion::Emea:
        return emeaFirst;
    case DemoRegion::Apac:
        return apacFirst;
    case DemoRegion::Latam:
        return latamFirst;
    }
    return northAmericaFirst;
}

std::span<const DemoName> DemoPeople::lastNames(DemoRegion region)
{
    switch (region) {
    case DemoRegion::NorthAmerica:
        return northAmericaLast;
    case DemoRegion::Emea:
        return emeaLast;
    case DemoRegion::Apac:
        return apacLast;
    case DemoRegion::Latam:
        return latamLast;
    }
    return northAmericaLast;
}

} // namespace baton
