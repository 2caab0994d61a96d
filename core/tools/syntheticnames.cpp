// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticnames.h"

namespace standlab {
namespace {

QStringList split(const char* words)
{
    return QString::fromUtf8(words).split(QLatin1Char('|'));
}

} // namespace

const QStringList& SyntheticNames::firstNames()
{
    static const QStringList all = split(
        "Aina|Bruno|Carla|Dario|Elif|Farah|Gerard|Hana|Iker|Joana|Kofi|Laia|Marek|Nuria|Oriol|Paula|Quim|Rosa|"
        "Sami|Tessa|Umar|Vera|Wim|Xenia|Yara|Zoltan|Amaia|Berta|Cesc|Dunja|Emil|Fiona|Gael|Helga|Ines|Jordi|"
        "Katja|Lucas|Marta|Nils|Olga|Pau|Rita|Sven|Teresa|Ugo|Valentina|Wanda|Yusuf|Zoe");
    return all;
}

const QStringList& SyntheticNames::lastNames()
{
    static const QStringList all = split(
        "Abril|Bertran|Casals|Duran|Esteve|Ferrer|Gasull|Hidalgo|Ibarra|Jové|Kowalski|Lindqvist|Moreau|Nadal|"
        "Olsen|Puig|Quintana|Riera|Serra|Torrent|Urbina|Vidal|Weber|Xirau|Yilmaz|Zamora|Almeida|Brandt|Costa|"
        "Dijkstra|Eriksen|Fontaine|Galli|Horvat|Ivanova|Janssen|Kovač|Lemaire|Marín|Novak|Ortega|Pereira|Rossi|"
        "Sala|Tamborini|Van Dam|Wolff|Zubiri");
    return all;
}

const QVector<SyntheticNames::City>& SyntheticNames::cities()
{
    static const QVector<City> all = {
        {QStringLiteral("Barcelona"), QStringLiteral("ES")}, {QStringLiteral("Madrid"), QStringLiteral("ES")},
        {QStringLiteral("Valencia"), QStringLiteral("ES")},  {QStringLiteral("Bilbao"), QStringLiteral("ES")},
        {QStringLiteral("Lisbon"), QStringLiteral("PT")},    {QStringLiteral("Porto"), QStringLiteral("PT")},
        {QStringLiteral("Paris"), QStringLiteral("FR")},     {QStringLiteral("Lyon"), QStringLiteral("FR")},
        {QStringLiteral("Amsterdam"), QStringLiteral("NL")}, {QStringLiteral("Utrecht"), QStringLiteral("NL")},
        {QStringLiteral("Berlin"), QStringLiteral("DE")},    {QStringLiteral("Vienna"), QStringLiteral("AT")},
        {QStringLiteral("Milan"), QStringLiteral("IT")},     {QStringLiteral("Bologna"), QStringLiteral("IT")},
        {QStringLiteral("Ghent"), QStringLiteral("BE")},     {QStringLiteral("Copenhagen"), QStringLiteral("DK")},
        {QStringLiteral("Gothenburg"), QStringLiteral("SE")}, {QStringLiteral("Athens"), QStringLiteral("GR")},
        {QStringLiteral("Seoul"), QStringLiteral("KR")},     {QStringLiteral("Montreal"), QStringLiteral("CA")},
        {QStringLiteral("New York"), QStringLiteral("US")},  {QStringLiteral("Buenos Aires"), QStringLiteral("AR")},
        {QStringLiteral("Mexico City"), QStringLiteral("MX")}, {QStringLiteral("Cape Town"), QStringLiteral("ZA")},
    };
    return all;
}

const QStringList& SyntheticNames::organisationKinds()
{
    static const QStringList all = split("city_council|platform|cooperative|civil_society|research_centre|company");
    return all;
}

const QStringList& SyntheticNames::organisationWords()
{
    // One word per kind, in the order of organisationKinds().
    static const QStringList all = split("City Council|Share Platform|Cooperative|Commons Network|Urban Lab|Mobility Ltd");
    return all;
}

const QStringList& SyntheticNames::topics()
{
    static const QStringList all = split(
        "Platform work|Short-term rentals|Data commons|Shared mobility|Gender in the gig economy|"
        "Circular economy|Platform cooperatives|Access to platform data|Fair tourism|Care platforms|"
        "Food sharing|Municipal data sovereignty|Digital rights|Repair cafés|Housing and platforms|"
        "Climate and sharing|Inclusive design|Public procurement|Community energy|Open datasets");
    return all;
}

const QStringList& SyntheticNames::angles()
{
    static const QStringList all = split(
        "what cities can do|lessons from the field|regulation that works|a roadmap for 2020|"
        "voices from workers|measuring impact|the next steps|a practical toolkit|open questions|"
        "building alliances");
    return all;
}

const QStringList& SyntheticNames::datasetSubjects()
{
    static const QStringList all = split(
        "Tourist flats|Bike-sharing trips|Scooter parking|Ride-hailing trips|Delivery riders|Energy use|"
        "Noise levels|Waste collection|Air quality|Public Wi-Fi use|Co-working spaces|Repair shops");
    return all;
}

const QStringList& SyntheticNames::staff()
{
    static const QStringList all = split("Aina Puig|Bruno Esteve|Carla Nadal|Dario Serra|Elif Yilmaz");
    return all;
}

const QStringList& SyntheticNames::actionVerbs()
{
    static const QStringList all = split(
        "Publish|Negotiate|Pilot|Map|Fund|Regulate|Train staff on|Share data on|Evaluate|Co-design");
    return all;
}

} // namespace standlab
