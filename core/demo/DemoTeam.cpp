#include "demo/DemoTeam.h"

namespace baton {
namespace {

using R = DemoRegion;

constexpr DemoMember members[] = {
    {"maya.patel", "Maya Patel", "sdr", "North America", R::NorthAmerica, 140},
    {"jordan.brooks", "Jordan Brooks", "sdr", "North America", R::NorthAmerica, 110},
    {"ethan.nguyen", "Ethan Nguyen", "sdr", "North America", R::NorthAmerica, 100},
    {"olivia.martinez", "Olivia Martinez", "sdr", "North America", R::NorthAmerica, 100},
    {"marcus.reed", "Marcus Reed", "sdr", "North America", R::NorthAmerica, 90, 40},
    {"priya.shah", "Priya Shah", "sdr", "North America", R::NorthAmerica, 80},
    {"caleb.thompson", "Caleb Thompson", "sdr", "North America", R::NorthAmerica, 60},
    {"lucia.fernandez", "Lucía Fernández", "sdr", "North America", R::Latam, 100},
    {"rafael.souza", "Rafael Souza", "sdr", "North America", R::Latam, 80},
    {"sophie.laurent", "Sophie Laurent", "sdr", "EMEA", R::Emea, 110},
    {"lukas.becker", "Lukas Becker", "sdr", "EMEA", R::Emea, 100},
    {"amira.haddad", "Amira Haddad", "sdr", "EMEA", R::Emea, 100},
    {"tom.hughes", "Tom Hughes", "sdr", "EMEA", R::Emea, 90, 15},
    {"elena.rossi", "Elena Rossi", "sdr", "EMEA", R::Emea, 80},
    {"niamh.oconnor", "Niamh O'Connor", "sdr", "EMEA", R::Emea, 60},
    {"hiro.tanaka", "Hiro Tanaka", "sdr", "APAC", R::Apac, 100},
    {"chloe.wong", "Chloe Wong", "sdr", "APAC", R::Apac, 100},
    {"arjun.mehta", "Arjun Mehta", "sdr", "APAC", R::Apac, 70},
    {"dana.whitfield", "Dana Whitfield", "sales_manager", "North America", R::NorthAmerica, 0},
    {"henrik.lindqvist", "Henrik Lindqvist", "sales_manager", "EMEA", R::Emea, 0},
    {"grace.lim", "Grace Lim", "sales_manager", "APAC", R::Apac, 0},
    {"rachel.kim", "Rachel Kim", "marketing_manager", "Marketing", R::NorthAmerica, 0},
    {"felix.moreau", "Felix Moreau", "marketing_manager", "Marketing", R::Emea, 0},
    {"sam.okafor", "Sam Okafor", "admin", "Operations", R::NorthAmerica, 0},
};

} // namespace

std::span<const DemoMember> DemoTeam::roster()
{
    return members;
}

} // namespace baton
