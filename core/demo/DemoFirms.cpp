#include "demo/DemoFirms.h"

namespace baton {
namespace {

constexpr std::string_view software[] = {"Software", "Labs", "Cloud", "Systems", "Analytics", "Technologies"};
constexpr std::string_view finance[] = {"Capital", "Financial", "Bank", "Payments", "Insurance"};
constexpr std::string_view health[] = {"Health", "Medical", "Care", "Diagnostics", "Biosciences"};
constexpr std::string_view manufacturing[] = {"Manufacturing", "Industries", "Components", "Engineering"};
constexpr std::string_view retail[] = {"Retail", "Commerce", "Brands", "Outfitters", "Home"};
constexpr std::string_view logistics[] = {"Logistics", "Freight", "Supply", "Transport"};
constexpr std::string_view services[] = {"Consulting", "Partners", "Advisory", "Group"};
constexpr std::string_view education[] = {"Learning", "Education", "Academy"};
constexpr std::string_view media[] = {"Media", "Studios", "Digital", "Marketing"};
constexpr std::string_view telecom[] = {"Telecom", "Networks", "Connect"};
constexpr std::string_view energy[] = {"Energy", "Power", "Renewables"};
constexpr std::string_view realEstate[] = {"Properties", "Realty", "Estates"};
constexpr std::string_view hospitality[] = {"Hotels", "Travel", "Hospitality"};

constexpr DemoIndustry industryList[] = {
    {"Software", 18, 250, software},
    {"Financial Services", 10, 400, finance},
    {"Healthcare", 9, 180, health},
    {"Manufacturing", 10, 220, manufacturing},
    {"Retail & E-commerce", 8, 300, retail},
    {"Logistics", 7, 200, logistics},
    {"Professional Services", 10, 150, services},
    {"Education", 4, 120, education},
    {"Media & Marketing", 6, 200, media},
    {"Telecommunications", 4, 350, telecom},
    {"Energy", 4, 600, energy},
    {"Real Estate", 3, 250, realEstate},
    {"Hospitality & Travel", 3, 100, hospitality},
};

constexpr std::string_view starts[] = {
    "Blue",   "North", "Silver", "Stone",   "Bright", "Red",    "Oak",    "Iron",   "Clear",   "Green",
    "Summit", "High",  "Wild",   "Sun",     "Swift",  "True",   "Cedar",  "Maple",  "Pine",    "Harbor",
    "River",  "Lake",  "Golden", "Crystal", "Eagle",  "Falcon", "Cobalt", "Copper", "Granite", "Arrow",
    "Atlas",  "Nova",  "Polar",  "Vista",   "Prime",  "Crest",  "Key",    "West",   "East",    "South",
    "Sky",    "Moon",  "Star",   "Fox",     "Wolf",   "Bear",   "Birch",  "Willow",
};
constexpr std::string_view ends[] = {
    "wave",  "bridge", "peak",  "field", "stone", "point", "gate", "line", "works",  "path",
    "ridge", "brook",  "haven", "light", "forge", "wood",  "view", "way",  "spring", "rock",
    "port",  "side",   "well",  "mark",  "shore", "hill",  "vale", "dale", "mont",   "crest",
    "lane",  "bay",    "glen",  "run",   "leaf",  "fire",  "ford", "moor", "water",  "wind",
};

constexpr DemoCountry countryList[] = {
    {"US", DemoRegion::NorthAmerica, 38, ".com", "Inc.", "+1 N## 555 01##"},
    {"CA", DemoRegion::NorthAmerica, 6, ".ca", "Inc.", "+1 N## 555 01##"},
    {"GB", DemoRegion::Emea, 10, ".co.uk", "Ltd", "+44 20 7946 0###"},
    {"DE", DemoRegion::Emea, 8, ".de", "GmbH", "+49 30 N#######"},
    {"FR", DemoRegion::Emea, 5, ".fr", "SAS", "+33 1 N# ## ## ##"},
    {"NL", DemoRegion::Emea, 3, ".nl", "B.V.", "+31 20 N## ####"},
    {"SE", DemoRegion::Emea, 2, ".se", "AB", "+46 8 N## ### ##"},
    {"ES", DemoRegion::Emea, 2, ".es", "S.L.", "+34 91 N## ## ##"},
    {"IE", DemoRegion::Emea, 1, ".ie", "Ltd", "+353 1 N## ####"},
    {"CH", DemoRegion::Emea, 1, ".ch", "AG", "+41 44 N## ## ##"},
    {"AU", DemoRegion::Apac, 5, ".com.au", "Pty Ltd", "+61 2 N### ####"},
    {"SG", DemoRegion::Apac, 3, ".com.sg", "Pte. Ltd.", "+65 6### ####"},
    {"JP", DemoRegion::Apac, 3, ".co.jp", "K.K.", "+81 3 N### ####"},
    {"IN", DemoRegion::Apac, 3, ".in", "Pvt. Ltd.", "+91 22 N### ####"},
    {"BR", DemoRegion::Latam, 4, ".com.br", "Ltda.", "+55 11 N#### ####"},
    {"MX", DemoRegion::Latam, 3, ".com.mx", "S.A. de C.V.", "+52 55 N### ####"},
};

constexpr DemoUniversity universityList[] = {
    {"Westbrook University", "westbrook.edu", 0},
    {"Lakeshore State University", "lakeshorestate.edu", 0},
    {"Northgate Institute of Technology", "northgate-tech.edu", 0},
    {"Hollins Bay University", "hollinsbay.ca", 1},
    {"University of Ashford", "ashford.ac.uk", 2},
    {"Kingsmere College London", "kingsmere.ac.uk", 2},
    {"Hochschule Rheinfeld", "hs-rheinfeld.de", 3},
    {"Université de Valmont", "univ-valmont.fr", 4},
    {"Hogeschool Amstelland", "amstelland.nl", 5},
    {"Universidad de Montecielo", "umontecielo.es", 7},
    {"Southern Cross Institute", "southerncross.edu.au", 10},
    {"Marina Bay Polytechnic", "marinabaypoly.edu.sg", 11},
    {"Sakuragawa University", "sakuragawa-u.ac.jp", 12},
    {"Deccan Institute of Management", "deccanim.ac.in", 13},
    {"Universidade Vale Verde", "valeverde.edu.br", 14},
    {"Universidad del Altiplano", "altiplano.edu.mx", 15},
};

} // namespace

std::span<const DemoIndustry> DemoFirms::industries()
{
    return industryList;
}

std::span<const std::string_view> DemoFirms::brandStarts()
{
    return starts;
}

std::span<const std::string_view> DemoFirms::brandEnds()
{
    return ends;
}

std::span<const DemoCountry> DemoFirms::countries()
{
    return countryList;
}

std::span<const DemoUniversity> DemoFirms::universities()
{
    return universityList;
}

} // namespace baton
