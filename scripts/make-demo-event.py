#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes resources/demo/demo-event.json, the bundled demo event (2019 Sharing Cities Action Stand Lab).

A dev-time tool: Python 3 standard library only, deterministic (ids are uuid5 of a fixed namespace and a
name), so running it twice gives the same bytes. City names are real; every person, email, platform,
cooperative and research centre is invented. The programme is checked for clashes before anything is
written.

Usage: scripts/make-demo-event.py [OUTPUT]   (default: resources/demo/demo-event.json in this checkout)
"""
import json
import pathlib
import sys
import unicodedata
import uuid

NAMESPACE = uuid.UUID("5e0c7a52-3b8f-4f0e-9d52-2019c0ffee19")
SCHEMA_VERSION = 2
DAYS = ["2019-11-19", "2019-11-20", "2019-11-21"]
HOURS = {"2019-11-19": ("09:30", "18:30"), "2019-11-20": ("09:30", "18:30"), "2019-11-21": ("09:30", "16:00")}
TABLE_ORDER = ["event", "event_days", "spaces", "working_lines", "organisations", "people", "person_availability",
               "sessions", "session_tags", "participations", "documents", "sections", "workshop_details",
               "engagements", "interactions", "initiatives", "datasets", "actions", "action_partners",
               "action_sessions", "revisions", "session_notes"]
STAFF = ["Laia", "Marc", "Jordi", "Aitana", "Pol"]
DOMAINS = ["example.org", "example.net", "example.com"]

tables = {name: [] for name in TABLE_ORDER}


def uid(kind, name):
    return str(uuid.uuid5(NAMESPACE, f"{kind}/{name}"))


def add(table, key, **columns):
    row = {"id": uid(table, key)}
    row.update(columns)
    tables[table].append(row)
    return row["id"]


def jlist(values):
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


def minutes(hhmm):
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def slug(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out = "".join(c if c.isalnum() else "-" for c in ascii_text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def check(condition, message):
    if not condition:
        sys.exit(f"make-demo-event: {message}")


def stable_hash(text):
    return int(uuid.uuid5(NAMESPACE, text).hex[:8], 16)


# ------------------------------------------------------------------------------------ event and venue
add("event", "event", name="Sharing Cities Action Stand Lab 2019",
    venue="Fira Gran Via, Smart City Expo World Congress", city="Barcelona", time_zone="Europe/Madrid",
    languages=jlist(["en", "es", "ca"]),
    description="Three days at the Sharing Cities Action stand to turn debate into outputs: the 2020 Action "
                "Plan for the platform and collaborative economy, a Data Commons Manifesto from the "
                "datasets-mapping hackathon, and a model gender plan for sharing cities and platforms.")
DAY_LABELS = ["Day 1 — Platforms and labour", "Day 2 — Data and inclusion", "Day 3 — Outputs and commitments"]
for day, label in zip(DAYS, DAY_LABELS):
    add("event_days", day, day=day, opens=HOURS[day][0], closes=HOURS[day][1], label=label)

SPACES = {  # key: name, kind, capacity, colour
    "main": ("Main stage", "stage", 120, "#37474f"),
    "workshop": ("Workshop room", "workshop_area", 35, "#e08e0b"),
    "corner": ("Meeting corner", "meeting_corner", 20, "#00897b"),
    "expo": ("Exhibition area", "exhibition_area", 50, "#8d6e63"),
    "lab": ("Data lab", "workshop_area", 30, "#3949ab"),
}
for position, (key, (name, kind, capacity, colour)) in enumerate(SPACES.items()):
    add("spaces", key, name=name, kind=kind, capacity=capacity, colour=colour, position=position)

LINES = {  # key: name, short name, colour, cross-cutting, description
    "econ": ("Economic Models & the Future of Labour", "Labour", "#c62828", 0,
             "Platform business models and their regulation, the right to decent work and the right to the "
             "city: riders, care workers, tourist rentals and platform cooperatives."),
    "gender": ("Inclusion & Gender", "Gender", "#6a1b9a", 0,
               "A gender perspective and inclusion in sharing policies and platforms: who works, who "
               "benefits, who is left out, and how cities can measure it."),
    "data": ("Data", "Data", "#1565c0", 0,
             "Negotiating access to platform data, data commons and data regulation for city sovereignty."),
    "eco": ("Ecological Sustainability", "Ecology", "#2e7d32", 1,
            "Cross-cutting: the circular economy and climate change, tagged on sessions of any line."),
}
for position, (key, (name, short, colour, cross, description)) in enumerate(LINES.items()):
    add("working_lines", key, name=name, short_name=short, colour=colour, cross_cutting=cross,
        description=description, position=position)


def line_id(key):
    return uid("working_lines", key) if key else None


# -------------------------------------------------------------------------------- organisations & people
# key, name, kind, city, country, signatory, line, attendance, wants (s=speak, w=workshop), people
# Each person: (name, role title, languages). Cities are real; everyone named here is invented.
ORGANISATIONS = [
    ("bcn", "Barcelona City Council", "city_council", "Barcelona", "Spain", 1, "econ", "attending", "sw", [
        ("Montserrat Ribas Ferrer", "Commissioner for Social Economy", ["ca", "es", "en"]),
        ("Oriol Casademunt Vila", "Head of Digital Innovation", ["ca", "es", "en"]),
        ("Núria Pascual Soler", "Gender Mainstreaming Officer", ["ca", "es", "en", "fr"]),
        ("Xavier Bosch Miralles", "Tourism Policy Adviser", ["ca", "es", "en"]),
        ("Aleix Ferrando Roig", "Open Data Office", ["ca", "es", "en"])]),
    ("ams", "Amsterdam City Council", "city_council", "Amsterdam", "Netherlands", 1, "data", "attending", "s", [
        ("Femke van der Berg", "Sharing Economy Programme Manager", ["en"]),
        ("Joost Hendriks", "Data Policy Adviser", ["en", "fr"]),
        ("Noor Bakkali", "Inclusion Programme Officer", ["en", "fr"])]),
    ("seo", "Seoul City Council", "city_council", "Seoul", "South Korea", 1, "econ", "attending", "s", [
        ("Ji-woo Han", "Sharing City Team Lead", ["en"]),
        ("Min-seo Park", "Policy Researcher", ["en"])]),
    ("lis", "Lisbon City Council", "city_council", "Lisbon", "Portugal", 1, "econ", "attending", "s", [
        ("Inês Carvalho Matos", "Housing and Tourism Officer", ["en", "es"]),
        ("Duarte Figueira", "Mobility Planner", ["en", "es", "fr"]),
        ("Marta Sequeira Lopes", "Circular Economy Adviser", ["en", "es"])]),
    ("mil", "Milan City Council", "city_council", "Milan", "Italy", 1, "econ", "attending", "sw", [
        ("Chiara Colombo Rinaldi", "Head of Economic Innovation", ["en", "fr"]),
        ("Matteo Ferri", "Labour Policy Officer", ["en", "es"])]),
    ("par", "Paris City Council", "city_council", "Paris", "France", 1, "econ", "interested", "s", [
        ("Élodie Marchand", "Furnished Tourist Rentals Unit", ["fr", "en"]),
        ("Bastien Lefort", "Digital Policy Officer", ["fr", "en"])]),
    ("vie", "Vienna City Council", "city_council", "Vienna", "Austria", 1, "eco", "attending", "s", [
        ("Katharina Lechner", "Smart City Strategy Coordinator", ["en"]),
        ("Florian Gruber", "Circular Economy Officer", ["en"]),
        ("Selin Öztürk", "Gender Budgeting Analyst", ["en"])]),
    ("nyc", "New York City Council", "city_council", "New York", "United States", 1, "econ", "declined", "", [
        ("Danielle Okafor", "Policy Analyst, Workers' Protection", ["en"])]),
    ("mtl", "Montréal City Council", "city_council", "Montréal", "Canada", 1, "data", "attending", "s", [
        ("Geneviève Tremblay-Roy", "Open Data Lead", ["fr", "en"]),
        ("Mathieu Lavigne", "Urban Mobility Adviser", ["fr", "en"]),
        ("Aïcha Traoré", "Inclusion and Equity Office", ["fr", "en"])]),
    ("bol", "Bologna City Council", "city_council", "Bologna", "Italy", 1, "gender", "attending", "sw", [
        ("Giulia Benassi", "Civic Collaboration Office", ["en", "es"]),
        ("Lorenzo Gualandi", "Commons Regulation Officer", ["en"])]),
    ("mad", "Madrid City Council", "city_council", "Madrid", "Spain", 1, "econ", "interested", "", [
        ("Lucía Moreno Gil", "Consumer Affairs Adviser", ["es", "en"]),
        ("Álvaro Sanz Ortega", "Mobility Data Analyst", ["es", "en"])]),
    ("ath", "Athens City Council", "city_council", "Athens", "Greece", 1, "gender", "attending", "s", [
        ("Eleni Papadaki", "Social Innovation Officer", ["en", "fr"]),
        ("Nikos Stavridis", "Resilience Office", ["en"])]),
    ("nap", "Naples City Council", "city_council", "Naples", "Italy", 1, "econ", "invited", "", [
        ("Carmela Iervolino", "Commons and Civic Use Office", ["en"])]),
    ("gre", "Grenoble City Council", "city_council", "Grenoble", "France", 1, "eco", "attending", "s", [
        ("Camille Faure", "Ecological Transition Officer", ["fr", "en"]),
        ("Julien Brunet", "Public Procurement Adviser", ["fr", "en", "es"])]),
    ("ghe", "Ghent City Council", "city_council", "Ghent", "Belgium", 1, "eco", "attending", "sw", [
        ("Lotte De Smet", "Commons Transition Coordinator", ["en", "fr"]),
        ("Pieter Claeys", "Sharing Economy Officer", ["en"])]),
    ("tur", "Turin City Council", "city_council", "Turin", "Italy", 0, "data", "interested", "s", [
        ("Federica Bruno", "Digital Transformation Office", ["en"])]),
    ("bog", "Bogotá City Council", "city_council", "Bogotá", "Colombia", 0, "gender", "attending", "s", [
        ("Valentina Rojas Cárdenas", "Care System Coordinator", ["es", "en"]),
        ("Andrés Quintero Salazar", "Economic Development Adviser", ["es", "en"])]),
    ("sao", "São Paulo City Council", "city_council", "São Paulo", "Brazil", 0, "econ", "declined", "", [
        ("Beatriz Nogueira Campos", "Urban Innovation Office", ["en", "es"])]),
    ("tor", "Toronto City Council", "city_council", "Toronto", "Canada", 0, "data", "unknown", "", [
        ("Priya Raman", "Digital Governance Analyst", ["en"])]),
    ("ber", "Berlin City Council", "city_council", "Berlin", "Germany", 0, "econ", "invited", "s", [
        ("Jana Weißmann", "Housing Policy Officer", ["en"])]),
    ("vlc", "Valencia City Council", "city_council", "Valencia", "Spain", 0, "eco", "attending", "", [
        ("Empar Llorens Tormo", "Sustainable Mobility Officer", ["ca", "es", "en"])]),
    ("bri", "Bristol City Council", "city_council", "Bristol", "United Kingdom", 0, "eco", "declined", "", [
        ("Harriet Colbourne", "Climate Programme Officer", ["en"])]),
    ("vst", "Vecinal Stays", "platform", "Barcelona", "Spain", 0, "econ", "attending", "s", [
        ("Marta Oller Prat", "Co-founder", ["ca", "es", "en"]),
        ("Tomás Aguirre", "Community Manager", ["es", "en"])]),
    ("lcart", "LoopCart", "platform", "Amsterdam", "Netherlands", 0, "eco", "attending", "s", [
        ("Sanne Mulder", "Operations Lead", ["en"]),
        ("Ravi Oosterhuis", "Product Designer", ["en"])]),
    ("turno", "Turno Care", "platform", "Madrid", "Spain", 0, "gender", "interested", "s", [
        ("Rocío Benítez Luna", "Founder", ["es", "en"])]),
    ("kvar", "Kvarter Share", "platform", "Copenhagen", "Denmark", 0, "eco", "invited", "", [
        ("Mikkel Sørby", "Partnerships", ["en"])]),
    ("parc", "Parcours Mobility", "company", "Lyon", "France", 0, "data", "declined", "", [
        ("Hugo Perrault", "Public Affairs Manager", ["fr", "en"])]),
    ("qrc", "Quintana Riders Cooperative", "cooperative", "Barcelona", "Spain", 0, "econ", "attending", "sw", [
        ("Ibrahima Diallo Sow", "Rider and Board Member", ["es", "fr", "en"]),
        ("Sergi Puigdomènech", "Coordinator", ["ca", "es", "en"])]),
    ("obr", "Obrador Digital SCCL", "cooperative", "Barcelona", "Spain", 0, "data", "attending", "sw", [
        ("Laura Camps Riera", "Developer", ["ca", "es", "en"]),
        ("Pau Serrano Alsina", "Data Engineer", ["ca", "es", "en"])]),
    ("cpl", "Cooperativa Pedal Lisboa", "cooperative", "Lisbon", "Portugal", 0, "eco", "attending", "s", [
        ("João Almeida Reis", "Courier and Founder", ["en", "es"])]),
    ("ccc", "Commons Cloud Coop", "cooperative", "Ghent", "Belgium", 0, "data", "attending", "w", [
        ("Ayla Demirci", "Cooperative Developer", ["en", "fr"]),
        ("Wout Verhaegen", "Systems Administrator", ["en"]),
        ("Elif Karaca", "Member Relations", ["en", "fr"])]),
    ("cuid", "Cuidamos Cooperativa", "cooperative", "Bogotá", "Colombia", 0, "gender", "attending", "s", [
        ("Daniela Hoyos Arango", "President", ["es", "en"]),
        ("Yolanda Mosquera", "Care Worker and Trainer", ["es"])]),
    ("ciut", "Ciutat Comuna Association", "civil_society", "Barcelona", "Spain", 0, "econ", "attending", "sw", [
        ("Jordina Mas Font", "Housing Campaigner", ["ca", "es", "en"]),
        ("Adrià Rovira Pujol", "Researcher", ["ca", "es", "en"])]),
    ("wpwn", "Women in Platform Work Network", "civil_society", "Paris", "France", 0, "gender", "attending",
     "sw", [
        ("Amina Haddad", "Network Coordinator", ["fr", "en"]),
        ("Sofia Lindgren", "Campaigns Officer", ["en"]),
        ("Nadia Benhamou", "Legal Adviser", ["fr", "en", "es"])]),
    ("ostr", "Open Streets Collective", "civil_society", "Athens", "Greece", 0, "eco", "attending", "s", [
        ("Dimitra Kalogeraki", "Organiser", ["en"])]),
    ("dro", "Digital Rights Observatory", "civil_society", "Lisbon", "Portugal", 0, "data", "attending", "s", [
        ("Tiago Monteiro Cruz", "Policy Director", ["en", "es"]),
        ("Carolina Bettencourt", "Researcher", ["en", "fr"])]),
    ("nrn", "Neighbourhood Repair Network", "civil_society", "Turin", "Italy", 0, "eco", "interested", "w", [
        ("Elisa Morandi", "Repair Café Coordinator", ["en"])]),
    ("iucs", "Institute for Urban Commons Studies", "research_centre", "Barcelona", "Spain", 0, "econ",
     "attending", "sw", [
        ("Helena Sáez Arnau", "Senior Researcher", ["ca", "es", "en"]),
        ("Gabriel Costa Lima", "Postdoctoral Researcher", ["es", "en"]),
        ("Mireia Fontanals", "Doctoral Researcher", ["ca", "es", "en"])]),
    ("cplr", "Centre for Platform Labour Research", "research_centre", "London", "United Kingdom", 0, "econ",
     "attending", "s", [
        ("Rachel Whitcombe", "Director", ["en"]),
        ("Kwame Mensah-Boateng", "Research Fellow", ["en", "fr"])]),
    ("mdpl", "Mediterranean Data Policy Lab", "research_centre", "Naples", "Italy", 0, "data", "attending",
     "sw", [
        ("Francesca Lombardo", "Lab Director", ["en", "fr"]),
        ("Youssef Benali", "Data Scientist", ["en", "fr", "es"]),
        ("Irene Kostopoulou", "Research Assistant", ["en"])]),
    ("ccrg", "Circular City Research Group", "research_centre", "Delft", "Netherlands", 0, "eco", "attending",
     "s", [
        ("Maarten Visscher", "Associate Professor", ["en"]),
        ("Ingrid Halvorsrud", "Researcher", ["en"]),
        ("Bram Koopmans", "PhD Candidate", ["en"])]),
    ("laoc", "Latin American Observatory on Collaborative Economy", "research_centre", "São Paulo", "Brazil", 0,
     "gender", "interested", "s", [
        ("Renata Fagundes", "Coordinator", ["es", "en"]),
        ("Martín Echeverry", "Researcher", ["es", "en"])]),
    ("dpol", "Datapolis Analytics S.L.", "company", "Madrid", "Spain", 0, "data", "attending", "", [
        ("Carlos Navarro Ibáñez", "Chief Data Officer", ["es", "en"]),
        ("Sara Whitley", "Data Journalist", ["en", "es"]),
        ("Javier Ochoa Peña", "Visualisation Designer", ["es", "en"])]),
    ("glog", "Greenloop Logistics", "company", "Milan", "Italy", 0, "eco", "invited", "", [
        ("Stefano Rossetti", "Sustainability Manager", ["en"])]),
    ("cstk", "CivicStack Software", "company", "Toronto", "Canada", 0, "data", "unknown", "", [
        ("Owen MacAllister", "Founder", ["en", "fr"])]),
    ("rver", "Ruta Verde Carsharing", "company", "Valencia", "Spain", 0, "eco", "attending", "s", [
        ("Irene Folch Ballester", "Fleet Manager", ["ca", "es", "en"]),
        ("Hamza El Idrissi", "Community Lead", ["es", "fr", "en"])]),
    ("fmt", "Fair Meals Collective", "cooperative", "Berlin", "Germany", 0, "econ", "attending", "s", [
        ("Lena Brandauer", "Delivery Worker and Organiser", ["en"]),
        ("Tarek Aziz", "Coordinator", ["en", "fr"])]),
    ("gdi", "Gender & Data Initiative", "civil_society", "Vienna", "Austria", 0, "gender", "attending", "s", [
        ("Marlene Aigner", "Co-director", ["en"]),
        ("Zeynep Aydın", "Data Feminism Researcher", ["en", "fr"])]),
    ("smob", "Seoul Mobility Commons Lab", "research_centre", "Seoul", "South Korea", 0, "data", "attending",
     "", [
        ("Seo-yeon Kim", "Lead Researcher", ["en"]),
        ("Dong-hyun Lee", "Engineer", ["en"])]),
]

BIO_TOPICS = {
    "econ": ["platform regulation", "the rights of platform workers", "tourism rentals and housing",
             "platform cooperatives", "public procurement"],
    "gender": ["gender equality in the platform economy", "care work and inclusion", "feminist urbanism"],
    "data": ["data commons", "data access agreements with platforms", "open data and privacy"],
    "eco": ["the circular economy", "climate policy and shared mobility", "repair and reuse networks"],
}
ORG = {}     # key -> (id, kind, line, attendance, wants, people ids)
PEOPLE = {}  # person id -> dict(name, org key, line, kind)
for index, (key, name, kind, city, country, signatory, line, attendance, wants, people) in enumerate(ORGANISATIONS):
    org_id = add("organisations", key, name=name, kind=kind, city=city, country=country,
                 website="" if kind == "city_council" else f"https://{slug(name)}.example.org",
                 declaration_signatory=signatory,
                 notes="" if index % 4 else "Met at the 2018 Sharing Cities Summit.")
    person_ids = []
    for p_index, (person, role, languages) in enumerate(people):
        first, last = person.split(" ", 1)
        topic = BIO_TOPICS[line][(index + p_index) % len(BIO_TOPICS[line])]
        person_id = add("people", person, name=person, organisation_id=org_id, role_title=role,
                        email=f"{slug(first)}.{slug(last.split(' ')[0])}@{DOMAINS[(index + p_index) % 3]}",
                        phone="", languages=jlist(languages),
                        bio=f"{role} at {name}. Works on {topic} and has followed the Sharing Cities "
                            f"network since {2016 + (index + p_index) % 3}.",
                        notes="")
        person_ids.append(person_id)
        PEOPLE[person_id] = {"name": person, "org": key, "line": line, "kind": kind, "attendance": attendance}
    ORG[key] = (org_id, kind, line, attendance, wants, person_ids)


def person_id(name):
    pid = uid("people", name)
    check(pid in PEOPLE, f"unknown person {name}")
    return pid



# ------------------------------------------------------------------------------------------- sessions
# key, slot ("<day 1-3> <space> HH:mm-HH:mm" or None), kind, line, status, expected headcount, language,
# extra cross-cutting tags, title, abstract
SESSIONS = [
    ("opening", "1 main 10:00-10:45", "ceremony", None, "confirmed", 110, "en", "",
     "Opening of the Sharing Cities Action Stand Lab",
     "Welcome from the host city and the network: why this edition is about outputs, and how the three "
     "working lines will feed the 2020 Action Plan."),
    ("riders", "1 main 11:00-12:00", "roundtable", "econ", "confirmed", 95, "en", "",
     "Platform Labour: Who Protects the Riders?",
     "Couriers, city officials and researchers on employment status, accident insurance and what local "
     "licensing can do while national labour law catches up."),
    ("rentals5", "1 main 12:15-12:45", "talk", "econ", "confirmed", 80, "en", "",
     "Regulating Short-Term Tourist Rentals: Lessons from Five Cities",
     "Registration schemes, night caps and zoning compared across five cities, with what worked in "
     "enforcement and what platforms contested in court."),
    ("gendergap", "1 main 13:00-13:30", "talk", "gender", "confirmed", 60, "en", "",
     "Gender Gaps in the Gig Economy: What the Numbers Say",
     "Survey data on pay, hours and safety of women working through platforms, and the gaps in what cities "
     "currently measure."),
    ("sovereignty", "1 main 14:30-15:30", "roundtable", "econ", "confirmed", 105, "en", "",
     "City Sovereignty in the Platform Era",
     "Mayors' offices and civil society on the right of cities to set rules for global platforms operating "
     "in their streets and housing markets."),
    ("platcoop", "1 main 15:45-16:15", "talk", "econ", "confirmed", 70, "en", "eco",
     "Platform Cooperatives as Public Policy",
     "How municipal incubation, procurement and seed funding helped worker-owned platforms grow, with "
     "figures from three programmes."),
    ("pitchcoop", "1 main 16:30-17:15", "pitch", "econ", "confirmed", 60, "en", "",
     "Pitch Session: Platform Cooperatives Looking for City Partners",
     "Five-minute pitches from cooperatives seeking pilot partners among the cities at the stand."),
    ("mobdata", "1 main 17:30-18:15", "roundtable", "data", "confirmed", 85, "en", "",
     "Data Access Agreements with Mobility Platforms",
     "What bike, scooter and car-sharing operators share with cities today, under which licences, and what "
     "cities should ask for next."),
    ("procclauses", "1 workshop 11:00-12:30", "workshop", "econ", "confirmed", 30, "en", "",
     "Designing Fair Working Conditions Clauses for Municipal Procurement",
     "A hands-on session to draft social clauses that cities can add to tenders involving platform "
     "services, from delivery to cleaning."),
    ("genderimpact", "1 workshop 14:30-16:30", "workshop", "gender", "confirmed", 28, "en", "",
     "Gender Impact Assessment for Sharing Economy Policies",
     "Participants apply a gender impact checklist to three real policy drafts and propose changes."),
    ("repairlab", "1 workshop 16:45-18:15", "workshop", "eco", "confirmed", 25, "en", "",
     "Circular Economy Lab: Repair, Reuse and Sharing Libraries",
     "Mapping the tool libraries, repair cafés and reuse points of participating cities and what public "
     "support keeps them going."),
    ("newcomers", "1 corner 10:00-11:00", "meetup", "econ", "proposed", 15, "en", "",
     "Morning Coffee: Sharing Cities Network Newcomers",
     "An informal welcome for cities joining the network this year."),
    ("housingmeet", "1 corner 12:00-13:00", "meetup", "econ", "confirmed", 18, "es", "",
     "Meetup: Housing Activists and Tourism Rentals",
     "Encuentro informal entre colectivos de vivienda y ciudades sobre el alquiler turístico."),
    ("womenfounders", "1 corner 15:00-16:00", "meetup", "gender", "confirmed", 16, "en", "",
     "Meetup: Women Founders in Platform Cooperatives",
     "Founders share what helped and what blocked them when starting a cooperative platform."),
    ("cdo", "1 corner 17:00-18:00", "meetup", "data", "confirmed", 14, "en", "",
     "Meetup: City Data Officers",
     "Data officers compare how they organise data requests to platforms and share templates."),
    ("pitchmob", "1 expo 13:00-13:45", "pitch", "econ", "confirmed", 40, "en", "eco",
     "Exhibitor Pitches: Mobility and Delivery",
     "Exhibitors on shared cargo bikes, cooperative delivery and electric car-sharing present their work."),
    ("pitchcare", "1 expo 16:00-16:45", "pitch", "gender", "confirmed", 35, "en", "",
     "Exhibitor Pitches: Care and Inclusion Platforms",
     "Care cooperatives and inclusion-minded platforms present their models."),
    ("sovdata", "2 main 10:00-10:30", "talk", "data", "confirmed", 90, "en", "",
     "Data Sovereignty for Cities: Why It Matters Now",
     "Why the data generated in city streets should serve the public interest, and the legal tools cities "
     "already have."),
    ("clauses", "2 main 10:45-11:45", "roundtable", "data", "confirmed", 100, "en", "",
     "Negotiating with Platforms: Data Sharing Clauses that Work",
     "Cities that obtained data from platforms explain the clauses, the formats and the incentives that "
     "made it happen."),
    ("algo", "2 main 12:00-12:30", "talk", "econ", "confirmed", 75, "en", "",
     "Algorithmic Management and Workers' Rights",
     "How ratings and automated dispatch shape pay and discipline, and what transparency workers ask for."),
    ("housingright", "2 main 12:45-13:30", "roundtable", "econ", "confirmed", 95, "en", "eco",
     "Tourism Rentals and the Right to Housing",
     "Balancing visitor income and residents' right to stay: data, enforcement and neighbourhood voices."),
    ("carework", "2 main 14:30-15:00", "talk", "gender", "confirmed", 65, "en", "",
     "Care Work on Platforms: Invisible and Feminised",
     "Domestic and care work intermediated by apps: who does it, on which terms, and how cities can help."),
    ("genderplanrt", "2 main 15:15-16:15", "roundtable", "gender", "confirmed", 80, "en", "",
     "Toward a Model Gender Plan for Sharing Platforms",
     "The first discussion of the model gender plan: what it should require of cities and of platforms."),
    ("carbon", "2 main 16:30-17:00", "talk", "eco", "confirmed", 70, "en", "",
     "Measuring the Carbon Footprint of Shared Mobility",
     "Life-cycle figures for shared scooters, bikes and cars, and the data cities need to judge them."),
    ("procure", "2 main 17:15-18:15", "roundtable", "econ", "confirmed", 85, "en", "eco",
     "Public Procurement as a Lever for the Social and Solidarity Economy",
     "Procurement officers and cooperatives on lots, criteria and payment terms that open tenders to "
     "social economy platforms."),
    ("dataclausews", "2 workshop 10:00-12:00", "workshop", "data", "confirmed", 32, "en", "eco",
     "Drafting Data Sharing Clauses for Public Tenders",
     "Working in small groups, participants draft model clauses on data formats, licences and privacy."),
    ("inclusive", "2 workshop 13:00-14:30", "workshop", "gender", "confirmed", 26, "en", "",
     "Inclusive Design of Neighbourhood Sharing Platforms",
     "Accessibility, language and digital-skills barriers in neighbourhood platforms, and how to remove "
     "them."),
    ("apcolabour", "2 workshop 15:00-17:00", "workshop", "econ", "confirmed", 34, "en", "eco",
     "Action Plan Co-creation: Labour and Platform Regulation",
     "Turning two days of debate into concrete 2020 actions for the labour and regulation section."),
    ("research", "2 corner 09:45-10:45", "meetup", "econ", "confirmed", 15, "en", "",
     "Breakfast Meetup: Research Centres on the Platform Economy",
     "Researchers share ongoing studies and look for city partners for fieldwork."),
    ("ostools", "2 corner 11:00-12:00", "meetup", "data", "confirmed", 17, "en", "",
     "Meetup: Open Source Tools for City Data",
     "Developers and city staff swap notes on open source tools for collecting and publishing data."),
    ("riderscoll", "2 corner 13:30-14:30", "meetup", "econ", "confirmed", 19, "ca", "",
     "Meetup: Delivery Riders' Collectives",
     "Trobada de col·lectius de repartidors de diverses ciutats per compartir estratègies."),
    ("zerowaste", "2 corner 16:30-17:30", "meetup", "eco", "confirmed", 16, "en", "",
     "Meetup: Zero Waste Cities",
     "City officers working on zero-waste strategies compare targets and sharing-based measures."),
    ("pitchdata", "2 expo 12:00-12:45", "pitch", "data", "confirmed", 42, "en", "",
     "Exhibitor Pitches: Data and Civic Tech",
     "Civic tech exhibitors show tools for open data, participation and privacy-friendly analytics."),
    ("pitcheco", "2 expo 15:30-16:15", "pitch", "eco", "confirmed", 38, "en", "",
     "Exhibitor Pitches: Circular and Climate Initiatives",
     "Repair networks, reuse platforms and low-carbon logistics present their results."),
    ("hack1", "2 lab 10:00-17:30", "hackathon", "data", "confirmed", 28, "en", "eco",
     "Sharing Data Commons Hackathon — Day 1: Mapping Datasets",
     "Teams map the datasets held by cities and platforms on housing, mobility, labour and the environment, "
     "recording publisher, licence, format and access for the Sharing Data Commons."),
    ("coreg", "3 main 10:00-11:00", "roundtable", "econ", "confirmed", 100, "en", "",
     "Cities and Platforms: Co-regulation or Confrontation?",
     "A frank exchange between city officials and platform representatives on what cooperation can "
     "realistically achieve."),
    ("genderdata", "3 main 11:15-11:45", "talk", "gender", "confirmed", 60, "en", "",
     "Gender Data Gaps in Urban Mobility",
     "What mobility data misses about trips made by women and carers, and how to collect it better."),
    ("climate", "3 main 12:00-13:00", "roundtable", "eco", "confirmed", 90, "en", "",
     "Climate Goals and the Sharing Economy",
     "Does sharing really cut emissions? Cities and researchers weigh the evidence and agree on indicators."),
    ("manifestotalk", "3 main 13:15-13:45", "talk", "data", "confirmed", 85, "en", "",
     "Presenting the Data Commons Manifesto",
     "The hackathon teams present the Data Commons Manifesto and the map of datasets produced at the stand."),
    ("commitments", "3 main 14:30-15:15", "roundtable", "econ", "confirmed", 110, "en", "",
     "The 2020 Action Plan: Commitments from the Cities",
     "Cities state which actions of the 2020 Action Plan they will lead or join."),
    ("closing", "3 main 15:20-15:55", "ceremony", None, "confirmed", 115, "en", "",
     "Closing Ceremony and Handover of the 2020 Action Plan",
     "The Action Plan, the Data Commons Manifesto and the model gender plan are handed over to the network."),
    ("genderplanws", "3 workshop 10:00-11:30", "workshop", "gender", "confirmed", 30, "en", "",
     "Model Gender Plan: Drafting Session",
     "Participants turn the roundtable's conclusions into the measures and indicators of the model plan."),
    ("circproc", "3 workshop 12:00-13:30", "workshop", "eco", "confirmed", 24, "en", "",
     "Circular Procurement for Shared Mobility Fleets",
     "Tender criteria for vehicle durability, repairability and end-of-life handling in shared fleets."),
    ("apcodata", "3 workshop 14:00-15:15", "workshop", "data", "confirmed", 29, "en", "eco",
     "Action Plan Co-creation: Data and Sustainability",
     "Final drafting of the data and ecological sustainability actions of the 2020 Action Plan."),
    ("latam", "3 corner 10:30-11:30", "meetup", "econ", "confirmed", 14, "es", "",
     "Meetup: Latin American Sharing Cities",
     "Encuentro de ciudades latinoamericanas de la red para coordinar la agenda de 2020."),
    ("medtour", "3 corner 12:30-13:30", "meetup", "econ", "confirmed", 15, "en", "",
     "Meetup: Mediterranean Cities on Tourism",
     "Mediterranean cities compare summer peaks, rental rules and joint requests to platforms."),
    ("pitchfair", "3 expo 11:00-11:45", "pitch", "econ", "confirmed", 36, "en", "",
     "Exhibitor Pitches: Labour and Fair Platforms",
     "Platforms with fair-work commitments present their models and audit results."),
    ("students", "3 expo 13:00-13:45", "pitch", "gender", "proposed", 30, "en", "",
     "Student Pitches: Ideas for Sharing Cities",
     "Students from local universities pitch ideas for inclusive sharing services."),
    ("hack2", "3 lab 10:00-14:00", "hackathon", "data", "confirmed", 26, "en", "eco",
     "Sharing Data Commons Hackathon — Day 2: Manifesto Sprint",
     "Teams finish the dataset map and write the Data Commons Manifesto presented on the main stage."),
    ("incubator", None, "workshop", "econ", "idea", 0, "en", "",
     "Clinic: Incubating Platform Cooperatives",
     "One-to-one advice for groups thinking of starting a platform cooperative."),
    ("nighttime", None, "talk", "econ", "idea", 0, "en", "",
     "Night-time Economy and Delivery Workers",
     "Late-night delivery, safety and the night-time economy: a possible talk for next year."),
    ("maas", None, "talk", "data", "cancelled", 0, "en", "",
     "Keynote: Mobility as a Service and the Public Interest",
     "Cancelled: the speaker could not travel. Topic partly covered by the mobility data roundtable."),
    ("autocompliance", None, "pitch", "econ", "cancelled", 0, "en", "",
     "Pitch: Automated Compliance for Holiday Rentals",
     "Cancelled by the exhibitor."),
    ("pbudget", None, "talk", "data", "proposed", 0, "en", "",
     "Participatory Budgets for Digital Infrastructure",
     "How residents can decide on the city's digital infrastructure through participatory budgets."),
    ("carecoops", None, "roundtable", "gender", "proposed", 0, "es", "",
     "Care Cooperatives and Municipal Support",
     "Cooperativas de cuidados y apoyo municipal: compra pública, locales y formación."),
]

# Who must take part, by kind: speakers, moderators, facilitators, rapporteurs.
ROLES = {"talk": (1, 0, 0, 0), "roundtable": (3, 1, 0, 1), "workshop": (1, 0, 2, 1), "meetup": (1, 0, 1, 0),
         "hackathon": (1, 0, 2, 1), "pitch": (3, 1, 0, 0), "ceremony": (2, 1, 0, 0)}
FIXED = {  # people a session cannot do without, in order of appearance
    "opening": [("Montserrat Ribas Ferrer", "speaker"), ("Femke van der Berg", "speaker"),
                ("Oriol Casademunt Vila", "moderator")],
    "closing": [("Montserrat Ribas Ferrer", "speaker"), ("Ji-woo Han", "speaker"),
                ("Núria Pascual Soler", "moderator")],
    "riders": [("Ibrahima Diallo Sow", "speaker"), ("Rachel Whitcombe", "speaker")],
    "genderplanrt": [("Amina Haddad", "speaker"), ("Núria Pascual Soler", "moderator")],
    "manifestotalk": [("Francesca Lombardo", "speaker"), ("Laura Camps Riera", "speaker")],
    "hack1": [("Youssef Benali", "facilitator"), ("Pau Serrano Alsina", "facilitator")],
    "hack2": [("Youssef Benali", "facilitator"), ("Pau Serrano Alsina", "facilitator")],
    "housingmeet": [("Jordina Mas Font", "speaker")],
    "latam": [("Valentina Rojas Cárdenas", "speaker")],
    "gendergap": [("Marlene Aigner", "speaker")],
    "carework": [("Valentina Rojas Cárdenas", "speaker")],
    "platcoop": [("Gabriel Costa Lima", "speaker")],
    "algo": [("Kwame Mensah-Boateng", "speaker")],
    "rentals5": [("Xavier Bosch Miralles", "speaker")],
    "genderdata": [("Zeynep Aydın", "speaker")],
    "pitchcare": [("Daniela Hoyos Arango", "speaker"), ("Yolanda Mosquera", "speaker")],
    "pitchmob": [("Sanne Mulder", "speaker"), ("João Almeida Reis", "speaker"),
                 ("Irene Folch Ballester", "speaker")],
    "pitchfair": [("Marta Oller Prat", "speaker"), ("Tarek Aziz", "speaker"), ("Ibrahima Diallo Sow", "speaker")],
    "womenfounders": [("Marta Oller Prat", "speaker")],
    "riderscoll": [("Sergi Puigdomènech", "speaker")],
    "research": [("Rachel Whitcombe", "speaker")],
    "medtour": [("Eleni Papadaki", "speaker"), ("Inês Carvalho Matos", "facilitator")],
    "housingright": [("Inês Carvalho Matos", "speaker"), ("Jordina Mas Font", "speaker"),
                     ("Xavier Bosch Miralles", "speaker"), ("Helena Sáez Arnau", "moderator")],
    "clauses": [("Joost Hendriks", "speaker"), ("Geneviève Tremblay-Roy", "speaker"),
                ("Tiago Monteiro Cruz", "moderator")],
    "mobdata": [("Mathieu Lavigne", "speaker"), ("Duarte Figueira", "speaker"), ("Seo-yeon Kim", "speaker")],
    "commitments": [("Ji-woo Han", "speaker"), ("Femke van der Berg", "speaker"),
                    ("Chiara Colombo Rinaldi", "speaker"), ("Oriol Casademunt Vila", "moderator")],
}
SESSION = {}  # key -> dict(id, day, space, start, end, kind, line, status)
for key, slot, kind, line, status, expected, language, tags, title, abstract in SESSIONS:
    day = space = start = end = None
    if slot:
        day_number, space, times = slot.split(" ")
        day, (start, end) = DAYS[int(day_number) - 1], times.split("-")
    capacity = SPACES[space][2] if space else 0
    done = day is not None and day < "2019-11-21" and status == "confirmed"
    links = {}
    if done and kind in ("talk", "roundtable"):
        links = {"recording_url": f"https://media.example.org/standlab2019/{slug(title)}",
                 "slides_url": f"https://files.example.org/standlab2019/{key}.pdf"}
    if done and kind in ("workshop", "hackathon"):
        links = {"notes_url": f"https://pad.example.net/standlab2019-{key}"}
    session_id = add("sessions", key, title=title, kind=kind, working_line_id=line_id(line), abstract=abstract,
                     language=language, space_id=uid("spaces", space) if space else None,
                     starts_at=f"{day}T{start}" if day else None, ends_at=f"{day}T{end}" if day else None,
                     status=status, capacity=capacity, expected_headcount=expected,
                     headcount=(expected - stable_hash(key) % 9) if done else 0,
                     recording_url=links.get("recording_url", ""), notes_url=links.get("notes_url", ""),
                     slides_url=links.get("slides_url", ""),
                     internal_notes={"newcomers": "Waiting for the network secretariat to confirm a host.",
                                     "students": "Two universities asked; confirm by 15 November.",
                                     "maas": "Speaker's flight cancelled; refund requested.",
                                     "opening": "Deputy mayor's office confirms attendance the day before.",
                                     "hack1": "Power strips and two extra tables from Fira logistics.",
                                     }.get(key, ""))
    for tag in filter(None, tags.split(",")):
        add("session_tags", f"{key}/{tag}", session_id=session_id, working_line_id=line_id(tag))
    SESSION[key] = {"id": session_id, "day": day, "space": space, "start": start, "end": end, "kind": kind,
                    "line": line, "status": status, "title": title}

# ------------------------------------------------------------------------------------- participations
WORKSHOP_ORGANISER = {"procclauses": "mil", "genderimpact": "bol", "repairlab": "ghe", "dataclausews": "mdpl",
                      "inclusive": "ciut", "apcolabour": "iucs", "genderplanws": "wpwn", "circproc": "gre",
                      "apcodata": "obr", "incubator": "qrc"}
ROLE_KINDS = {"moderator": ("research_centre", "civil_society", "city_council"),
              "facilitator": ("cooperative", "civil_society", "research_centre"),
              "rapporteur": ("research_centre", "civil_society")}
PITCH_KINDS = ("platform", "cooperative", "company")
busy = {pid: [] for pid in PEOPLE}   # person id -> [(day, start minute, end minute, session key)]
load = {pid: 0 for pid in PEOPLE}


def overlaps(a_start, a_end, b_start, b_end):
    return a_start < b_end and b_start < a_end


def free(pid, session):
    if session["day"] is None:
        return True
    start, end = minutes(session["start"]), minutes(session["end"])
    return not any(day == session["day"] and overlaps(start, end, s, e) and other != session["key"]
                   for day, s, e, other in busy[pid])


def speaks(pid, language):
    row = next(r for r in tables["people"] if r["id"] == pid)
    return language in json.loads(row["languages"])


def pick(key, session, role, taken, pool):
    def score(pid):
        person = PEOPLE[pid]
        value = load[pid] * 3 + (0 if person["line"] == session["line"] else 2)
        if role in ROLE_KINDS and person["kind"] not in ROLE_KINDS[role]:
            value += 2
        if session["kind"] == "pitch" and role == "speaker":
            value += (4 if person["kind"] not in PITCH_KINDS else 0) + (2 if person["line"] != session["line"] else 0)
        if person["org"] == WORKSHOP_ORGANISER.get(key):
            value -= 8
        if not speaks(pid, session["language"]):
            value += 5
        return (value, stable_hash(f"{key}/{role}/{pid}"))
    candidates = sorted((pid for pid in pool if pid not in taken and free(pid, session) and load[pid] < 5),
                        key=score)
    check(candidates, f"nobody free for {role} of {key}")
    return candidates[0]


def book(pid, session):
    load[pid] += 1
    if session["day"] is not None:
        busy[pid].append((session["day"], minutes(session["start"]), minutes(session["end"]), session["key"]))


# Fixed people are booked first, so no other session claims them for the same hour.
for key, session in SESSION.items():
    session["key"] = key
    session["language"] = next(r["language"] for r in tables["sessions"] if r["id"] == session["id"])
    for name, role in FIXED.get(key, []):
        check(free(person_id(name), session), f"{name} is fixed in two sessions at once ({key})")
        book(person_id(name), session)

for key, session in SESSION.items():
    if session["status"] in ("idea", "cancelled"):
        continue
    scheduled = session["day"] is not None
    wanted = {"confirmed": ("attending",), "proposed": ("attending", "interested")}[session["status"]]
    if not scheduled:
        wanted = ("interested", "invited")
    pool = [pid for pid, p in PEOPLE.items() if p["attendance"] in wanted]
    chosen = [(person_id(name), role) for name, role in FIXED.get(key, [])]
    counts = dict(zip(("speaker", "moderator", "facilitator", "rapporteur"), ROLES[session["kind"]]))
    if not scheduled:
        counts = {"speaker": 2 if session["kind"] == "roundtable" else 1}
    for role, count in counts.items():
        while sum(1 for _, r in chosen if r == role) < count:
            chosen.append((pick(key, session, role, {p for p, _ in chosen}, pool), role))
    for position, (pid, role) in enumerate(chosen):
        check(free(pid, session), f"{PEOPLE[pid]['name']} is double-booked by {key}")
        confirmed = int(session["status"] == "confirmed" and not (role == "rapporteur" and position % 3 == 2))
        if session["status"] == "proposed" and scheduled and position == 0:
            confirmed = 1
        arrived = int(bool(confirmed and scheduled and session["day"] < "2019-11-21"))
        add("participations", f"{key}/{pid}/{role}", person_id=pid, session_id=session["id"], role=role,
            confirmed=confirmed, arrived=arrived, position=position)
        if (PEOPLE[pid]["name"], role) not in FIXED.get(key, []):
            book(pid, session)

# Availability: some speakers told us when they can be at the stand; a few contacts too, without sessions yet.
for pid in sorted(PEOPLE, key=lambda p: stable_hash("availability/" + p)):
    slots = busy[pid]
    if stable_hash("has-availability/" + pid) % 3:
        continue
    if not slots:
        if PEOPLE[pid]["attendance"] in ("attending", "interested"):
            add("person_availability", f"{pid}/{DAYS[1]}", person_id=pid, day=DAYS[1],
                available_from="10:00", available_to="14:00")
        continue
    for day in sorted({d for d, *_ in slots}):
        first = min(s for d, s, _, _ in slots if d == day)
        last = max(e for d, _, e, _ in slots if d == day)
        opens, closes = (minutes(t) for t in HOURS[day])
        start = max(opens, (first - 60) // 30 * 30)
        end = min(closes, (last + 59) // 30 * 30 + 30)
        add("person_availability", f"{pid}/{day}", person_id=pid, day=day,
            available_from=f"{start // 60:02d}:{start % 60:02d}", available_to=f"{end // 60:02d}:{end % 60:02d}")

# ------------------------------------------------------------------------------------------ documents
def html(*paragraphs, items=()):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    if items:
        body += "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return body


PLAN_SECTIONS = [  # key, line, title, body paragraphs, list items, status, last editor
    ("intro", None, "Introduction",
     ["The 2020 Action Plan gathers the commitments made by cities, civil society, cooperatives and research "
      "centres at the Sharing Cities Action Stand Lab, Barcelona, 19–21 November 2019.",
      "Each section follows one working line. Ecological sustainability runs across all of them."],
     ["Actions have a lead organisation, partners, a quarter of 2020 and indicators.",
      "Progress is reviewed at the network's mid-year meeting."], "in_review", "Laia"),
    ("econ", "econ", "Economic Models & the Future of Labour",
     ["Cities will use their licensing, procurement and convening power to improve conditions for people "
      "working through platforms and to support platform cooperatives.",
      "Tourist rentals remain the first housing concern of most member cities."],
     ["Decent work conditions in municipal contracts with platforms.",
      "Shared registration rules for short-term rentals.", "Support for platform cooperatives."],
     "draft", "Marc"),
    ("gender", "gender", "Inclusion & Gender",
     ["Sharing policies are not gender-neutral. Cities commit to measure who benefits from them and to adopt "
      "the model gender plan drafted at the stand."],
     ["Gender impact assessment of new sharing policies.", "Sex-disaggregated data in platform agreements."],
     "draft", "Aitana"),
    ("data", "data", "Data",
     ["Data generated in the city should serve the public interest. Cities will negotiate access to platform "
      "data together and contribute to the Sharing Data Commons mapped in the hackathon."],
     ["Model data-sharing clauses.", "A shared catalogue of datasets.", "Privacy by design in every agreement."],
     "draft", "Jordi"),
    ("eco", "eco", "Ecological Sustainability",
     ["The sharing economy must prove its ecological benefits. Cities will agree on common indicators and "
      "favour circular models in procurement."],
     ["Common climate indicators for shared mobility.", "Circular criteria in tenders."], "draft", "Pol"),
]
GENERIC_SECTIONS = {
    "manifesto": ("Data Commons Manifesto", "manifesto", [
        ("Preamble", "Written by the teams of the Sharing Data Commons Hackathon, 20–21 November 2019."),
        ("Data as a commons", "Data about how we live, move and work in the city is a shared resource, "
                              "governed by and for the people who produce it."),
        ("Access and reciprocity", "Platforms that use public space share the data cities need to govern it, "
                                   "in open formats and under open licences wherever privacy allows."),
        ("Rights and privacy", "No personal data without purpose, consent and oversight; aggregation and "
                               "anonymisation by default."),
        ("Governance", "A council of cities, civil society and researchers stewards the commons catalogue.")]),
    "genderplan": ("Model Gender Plan for Sharing Cities and Platforms", "gender_plan", [
        ("Purpose and scope", "A template that cities and platforms can adopt and adapt."),
        ("Diagnosis", "Collect sex-disaggregated data on workers, users and hosts; identify gaps in pay, "
                      "safety and access."),
        ("Measures for cities", "Gender criteria in licences and tenders; support for care cooperatives; "
                                "safe mobility at night."),
        ("Measures for platforms", "Transparent pay, anti-harassment protocols, equal access to ratings "
                                   "appeals."),
        ("Monitoring", "Yearly indicators published by each signatory.")]),
}
PLAN = add("documents", "actionplan", title="2020 Action Plan for the Platform and Collaborative Economy",
           kind="action_plan", status="draft", position=0)
SECTION = {}
for position, (key, line, title, paragraphs, items, status, editor) in enumerate(PLAN_SECTIONS):
    SECTION[key] = add("sections", f"actionplan/{key}", document_id=PLAN, parent_id=None, position=position,
                       title=title, body_html=html(*paragraphs, items=items), status=status,
                       working_line_id=line_id(line), last_editor=editor)
for doc_position, (key, (title, kind, sections)) in enumerate(GENERIC_SECTIONS.items(), start=1):
    doc = add("documents", key, title=title, kind=kind, status="draft", position=doc_position)
    for position, (section_title, text) in enumerate(sections):
        add("sections", f"{key}/{section_title}", document_id=doc, parent_id=None, position=position,
            title=section_title, body_html=html(text), status="draft",
            working_line_id=line_id("data" if key == "manifesto" else "gender"), last_editor=STAFF[position % 5])

# section, title, description, lead, partners, timeframe, indicators, status, source sessions, added on day
ACTIONS = [
    ("econ", "Fair work clauses in municipal platform contracts",
     "Add minimum pay, insurance and data-transparency clauses to every municipal contract involving platform "
     "labour.", "mil", ["bcn", "gre", "qrc"], "2020-Q2", "Number of tenders with the clauses; workers covered",
     "agreed", ["procclauses", "riders"], 1),
    ("econ", "Shared registry rules for short-term rentals",
     "Agree on common registration data and display rules so platforms apply one model across member cities.",
     "bcn", ["lis", "par", "ams"], "2020-Q1", "Cities using the common model", "agreed",
     ["rentals5", "housingright"], 1),
    ("econ", "Platform cooperative incubation programme",
     "Joint call for worker-owned platforms with mentoring, seed funding and pilot contracts.", "bcn",
     ["seo", "iucs", "obr"], "2020-Q3", "Cooperatives incubated; jobs created", "proposed",
     ["platcoop", "pitchcoop"], 1),
    ("econ", "Riders' safety and insurance pilot",
     "Pilot accident insurance for delivery riders funded jointly by platforms and the city.", "bcn",
     ["qrc", "fmt", "cplr"], "2020-Q2", "Riders insured; incidents reported", "proposed", ["riders", "riderscoll"],
     1),
    ("econ", "Algorithmic transparency requests",
     "A common request letter asking platforms to explain dispatch and rating rules to workers.", "cplr",
     ["fmt", "dro"], "2020-Q1", "Platforms replying; explanations published", "proposed", ["algo"], 2),
    ("econ", "Social and solidarity economy lots in tenders",
     "Reserve lots for social economy platforms in cleaning, delivery and care tenders.", "gre",
     ["mil", "ghe"], "2020-Q4", "Lots reserved; value awarded", "proposed", ["procure"], 2),
    ("econ", "Annual city–platform dialogue",
     "A yearly meeting where member cities and platforms review commitments together.", "seo",
     ["bcn", "ams"], "2020-Q4", "Meeting held; commitments reviewed", "proposed", ["coreg", "commitments"], 3),
    ("gender", "Gender impact assessment of sharing policies",
     "Apply the checklist from the workshop to each new sharing-economy policy.", "bol", ["ath", "bcn", "gdi"],
     "2020-Q1", "Policies assessed", "agreed", ["genderimpact"], 1),
    ("gender", "Sex-disaggregated platform data",
     "Ask platforms for worker and user data broken down by sex in every data agreement.", "gdi",
     ["wpwn", "ams"], "2020-Q2", "Agreements with the clause", "proposed", ["gendergap", "genderdata"], 1),
    ("gender", "Model gender plan adoption",
     "Member cities adopt the model gender plan and invite local platforms to sign it.", "bcn",
     ["bol", "bog", "wpwn"], "2020-Q3", "Cities and platforms adopting the plan", "proposed",
     ["genderplanrt", "genderplanws"], 2),
    ("gender", "Support for care cooperatives",
     "Premises, training and procurement access for care cooperatives.", "bog", ["cuid", "turno"], "2020-Q3",
     "Cooperatives supported; workers covered", "proposed", ["carework"], 2),
    ("gender", "Accessible neighbourhood platforms",
     "Accessibility and language guidelines for publicly funded neighbourhood platforms.", "ath", ["ciut"],
     "2020-Q2", "Platforms following the guidelines", "proposed", ["inclusive"], 2),
    ("gender", "Safe night mobility audit",
     "Audit shared mobility services at night with women's groups.", "mtl", ["gdi", "ostr"], "2020-Q4",
     "Audits completed", "proposed", ["genderdata"], 3),
    ("data", "Model data-sharing clauses",
     "Publish model clauses on formats, licences and privacy for contracts with platforms.", "ams",
     ["mdpl", "bcn", "mtl"], "2020-Q1", "Clauses published; contracts using them", "agreed",
     ["clauses", "dataclausews"], 1),
    ("data", "Sharing Data Commons catalogue",
     "Host the dataset map from the hackathon as a shared, maintained catalogue.", "mdpl", ["obr", "ccc"],
     "2020-Q2", "Datasets catalogued; cities contributing", "in_progress", ["hack1", "hack2"], 1),
    ("data", "Joint negotiation with mobility operators",
     "Negotiate data access with mobility operators on behalf of several cities at once.", "mtl",
     ["ams", "lis", "smob"], "2020-Q2", "Operators sharing data; cities covered", "proposed", ["mobdata"], 1),
    ("data", "Data officers' network",
     "A standing group of city data officers with shared templates.", "ams", ["tur", "mtl"], "2020-Q1",
     "Meetings held; templates shared", "agreed", ["cdo"], 2),
    ("data", "Privacy impact assessments",
     "A privacy impact assessment before any platform data agreement.", "dro", ["ams"], "2020-Q2",
     "Assessments completed", "proposed", ["sovdata"], 2),
    ("data", "Data Commons Manifesto endorsement",
     "Member cities endorse the Data Commons Manifesto.", "bcn", ["mdpl", "dro"], "2020-Q1",
     "Cities endorsing", "proposed", ["manifestotalk"], 3),
    ("eco", "Common climate indicators for shared mobility",
     "Agree on life-cycle emission indicators that operators report to cities.", "vie", ["ccrg", "ghe"],
     "2020-Q3", "Indicators agreed; operators reporting", "proposed", ["carbon", "climate"], 1),
    ("eco", "Circular criteria for shared fleets",
     "Durability, repairability and end-of-life criteria in tenders for shared vehicle fleets.", "gre",
     ["vlc", "rver"], "2020-Q4", "Tenders with circular criteria", "proposed", ["circproc"], 2),
    ("eco", "Repair and tool library support",
     "Public premises and small grants for repair cafés and tool libraries.", "ghe", ["nrn", "vie"], "2020-Q2",
     "Libraries supported; items lent", "agreed", ["repairlab", "zerowaste"], 2),
    ("eco", "Low-carbon last-mile delivery pilots",
     "Cargo-bike delivery pilots with cooperatives in low-emission zones.", "ams", ["lcart", "cpl", "qrc"],
     "2020-Q3", "Deliveries by cargo bike; CO2 avoided", "proposed", ["pitchmob"], 3),
]
ACTION_ROWS = []
for position, (section, title, description, lead, partners, timeframe, indicators, status, sources,
               day) in enumerate(ACTIONS):
    action_id = add("actions", title, section_id=SECTION[section], title=title, description=description,
                    working_line_id=line_id(section), lead_organisation_id=ORG[lead][0], timeframe=timeframe,
                    indicators=indicators, status=status, position=position)
    ACTION_ROWS.append((tables["actions"][-1], day))
    for partner in partners:
        add("action_partners", f"{title}/{partner}", action_id=action_id, organisation_id=ORG[partner][0])
    for source in sources:
        add("action_sessions", f"{title}/{source}", action_id=action_id, session_id=SESSION[source]["id"])

# Snapshots of the Action Plan at the end of days 1 and 2: fewer actions, earlier wording.
for day_number, (name, taken_at) in enumerate([("End of day 1", "2019-11-19T18:45:00+01:00"),
                                               ("End of day 2", "2019-11-20T18:50:00+01:00")], start=1):
    document = dict(next(r for r in tables["documents"] if r["id"] == PLAN))
    sections = []
    for row in (r for r in tables["sections"] if r["document_id"] == PLAN):
        row = dict(row, status="draft")
        if day_number == 1:
            row["body_html"] = row["body_html"].split("</p>")[0] + "</p>"
        sections.append(row)
    actions = []
    for row, day in ACTION_ROWS:
        if day > day_number:
            continue
        row = dict(row)
        if day == day_number:
            row["status"] = "proposed"
            row["indicators"] = "" if day_number == 1 else row["indicators"]
        if day_number == 1 and row["timeframe"] > "2020-Q2":
            row["timeframe"] = "2020-Q2"
        actions.append(row)
    add("revisions", f"actionplan/{name}", document_id=PLAN, name=name, taken_at=taken_at,
        snapshot=json.dumps({"document": document, "sections": sections, "actions": actions},
                            ensure_ascii=False, separators=(",", ":")))

# ---------------------------------------------------------------------------------- workshop details
WORKSHOP_DETAILS = {  # key: materials, max participants, registrations, output section, outcome notes
    "procclauses": ("Printed model tenders, sticky notes", 30, 27, "econ",
                    "Draft clause text on minimum pay and insurance agreed by 6 cities; goes to action 1."),
    "genderimpact": ("Checklist handouts, three policy drafts", 28, 28, "gender",
                     "Checklist simplified to 12 questions; Bologna and Athens will test it first."),
    "repairlab": ("City map, tool library examples", 25, 19, "eco",
                  "Inventory of 40 repair and reuse points in 7 cities."),
    "dataclausews": ("Laptops, clause templates", 32, 30, "data",
                     "Model clauses on formats and licences drafted; privacy clause needs legal review."),
    "inclusive": ("Personas cards, accessibility checklist", 26, 21, "gender", ""),
    "apcolabour": ("Action cards, flip charts", 34, 31, "econ",
                   "Seven labour actions drafted; two merged into the riders' insurance pilot."),
    "genderplanws": ("Draft plan printouts", 30, 24, "gender", ""),
    "circproc": ("Tender examples from Grenoble and Valencia", 24, 15, "eco", ""),
    "apcodata": ("Action cards, laptops", 29, 22, "data", ""),
    "incubator": ("", 12, 0, "econ", ""),
}
for key, (materials, maximum, registered, section, outcome) in WORKSHOP_DETAILS.items():
    add("workshop_details", key, session_id=SESSION[key]["id"], organiser_id=ORG[WORKSHOP_ORGANISER[key]][0],
        materials=materials, max_participants=maximum, registrations=registered,
        feeds_section_id=SECTION[section], outcome_notes=outcome)
    # A workshop's seats are its registrations limit, not the room's.
    next(r for r in tables["sessions"] if r["id"] == SESSION[key]["id"])["capacity"] = maximum

# --------------------------------------------------------------------------- engagements & interactions
TOPICS = {
    "econ": ["Regulation of tourist rentals; enforcement with platforms", "Riders' rights and platform labour",
             "Platform cooperatives and public procurement", "City sovereignty and platform regulation"],
    "gender": ["Gender plan for platforms; care work", "Inclusion and accessibility of sharing services",
               "Women in platform cooperatives"],
    "data": ["Data access agreements with mobility platforms", "Data commons and open licences",
             "Privacy and data regulation"],
    "eco": ["Circular economy and repair networks", "Climate impact of shared mobility",
            "Zero-waste strategies and sharing"],
}
FOLLOW_UPS = ["2019-10-28", "2019-11-04", "2019-11-08", "2019-11-12", "2019-11-15", "2019-11-18", "2019-11-22",
              "2019-11-26", "2019-12-02"]
NO_ENGAGEMENT = {"glog", "kvar", "cstk"}
REQUESTED = {organiser: session for session, organiser in WORKSHOP_ORGANISER.items()}
NOTES = {
    "attending": ["Confirmed attendance and the days they will be at the stand.",
                  "Sent the speaker brief and the stand map.", "Agreed the session format on a call."],
    "interested": ["Interested; waiting for travel approval.", "Asked for the draft programme."],
    "invited": ["Invitation sent with the programme outline.", "Reminder sent."],
    "declined": ["Declined: no travel budget left this year; would like the Action Plan afterwards.",
                 "Declined politely; suggested a video message instead."],
    "unknown": ["Email bounced; looking for a new contact.", "No reply yet."],
}
CHANNELS = ["email", "phone", "video", "meeting", "email", "other"]
for index, (key, name, kind, city, country, signatory, line, attendance, wants, people) in enumerate(ORGANISATIONS):
    if key in NO_ENGAGEMENT:
        continue
    org_id, _, _, _, _, person_ids = ORG[key]
    h = stable_hash("engagement/" + key)
    declared = {"attending": [DAYS[:3], DAYS[:2], DAYS[1:], DAYS[:3]][h % 4],
                "interested": [DAYS[1:2], DAYS[:2]][h % 2]}.get(attendance, [])
    days = sorted(set(declared) | {d for pid in person_ids for d, *_ in busy[pid]}) if attendance in (
        "attending", "interested") else []
    delegation = {"attending": len(person_ids) + h % 4, "interested": 1 + h % 2}.get(attendance, 0)
    follow_up = None if attendance == "declined" and h % 2 else FOLLOW_UPS[h % len(FOLLOW_UPS)]
    add("engagements", key, organisation_id=org_id, attendance=attendance, days=jlist(days),
        delegation_size=delegation, topics=TOPICS[line][h % len(TOPICS[line])], requested_line_id=line_id(line),
        wants_to_speak=int("s" in wants), wants_workshop=int("w" in wants), owner=STAFF[h % len(STAFF)],
        next_follow_up=follow_up, contact_person_id=person_ids[0],
        request_session_id=SESSION[REQUESTED[key]]["id"] if key in REQUESTED else None)
    dates = ["2019-09-16", "2019-10-07", "2019-10-21", "2019-11-05", "2019-11-13"]
    log = ["Invitation sent with the programme outline."] + NOTES[attendance]
    for n in range(1 + h % 3):
        add("interactions", f"{key}/{n}", organisation_id=org_id, happened_on=dates[[0, 1 + h % 2, 3 + h % 2][n]],
            channel=CHANNELS[(h + n) % len(CHANNELS)] if n else "email", note=log[min(n, len(log) - 1)])

# ----------------------------------------------------------------------------------------- initiatives
INITIATIVES = [  # name, organisation, line, description, day (1-3 or 0), table, start, end, status
    ("Vecinal Stays — fair holiday rentals", "vst", "econ",
     "A holiday-rental platform that shares revenue with neighbourhood projects and caps nights per host.",
     1, "Table 1", "10:00", "12:00", "accepted"),
    ("LoopCart cargo bike sharing", "lcart", "eco", "Shared electric cargo bikes for families and small shops.",
     1, "Table 2", "10:00", "12:00", "accepted"),
    ("Quintana Riders delivery app", "qrc", "econ",
     "A rider-owned delivery app with transparent pay per kilometre.", 1, "Table 1", "12:00", "14:00",
     "accepted"),
    ("Obrador open data toolkit", "obr", "data", "Open source tools to publish municipal data with licences.",
     1, "Table 3", "10:00", "13:00", "accepted"),
    ("Turno Care matching", "turno", "gender", "Care-work matching with fair pay and training for carers.",
     1, "Table 2", "12:30", "14:30", "requested"),
    ("Pedal Lisboa courier cooperative", "cpl", "eco", "Zero-emission courier cooperative for the city centre.",
     1, "Table 2", "14:30", "16:30", "accepted"),
    ("Commons Cloud", "ccc", "data", "Cooperative cloud hosting for cities and associations.",
     2, "Table 1", "10:00", "12:00", "accepted"),
    ("Cuidamos care cooperative", "cuid", "gender", "A care cooperative run by domestic workers.",
     2, "Table 2", "10:00", "13:00", "accepted"),
    ("Ciutat Comuna housing observatory", "ciut", "econ",
     "Neighbourhood-led monitoring of tourist flats and evictions.", 2, "Table 1", "12:00", "14:00", "accepted"),
    ("Platform Work Helpline", "wpwn", "gender", "Legal advice line for women working through platforms.",
     2, "Table 3", "10:00", "12:00", "accepted"),
    ("Open Streets Athens", "ostr", "eco", "Car-free street days and a shared toy and tool library.",
     2, "Table 3", "12:00", "14:00", "accepted"),
    ("Privacy Check for city apps", "dro", "data", "An audit method for the privacy of municipal apps.",
     2, "Table 1", "14:30", "17:00", "accepted"),
    ("Repair Map Torino", "nrn", "eco", "A map of repair cafés and reuse points, maintained by volunteers.",
     2, "Table 4", "10:00", "12:00", "requested"),
    ("Rental Watch dashboard", "dpol", "data", "A dashboard of short-term rental listings per neighbourhood.",
     2, "Table 3", "11:00", "13:00", "declined"),
    ("Ruta Verde electric car-sharing", "rver", "eco", "Electric car-sharing with a social tariff.",
     3, "Table 1", "10:00", "12:00", "accepted"),
    ("Fair Meals delivery cooperative", "fmt", "econ", "Restaurant delivery run by its workers.",
     3, "Table 2", "10:00", "12:00", "accepted"),
    ("Gender Data Toolkit", "gdi", "gender", "Templates for collecting sex-disaggregated data in city services.",
     3, "Table 1", "12:00", "14:00", "accepted"),
    ("Sharing City Seoul", "seo", "econ", "Seoul's sharing city programme: sharing points, tool libraries, "
     "shared parking.", 3, "Table 3", "10:00", "15:00", "accepted"),
    ("Mobility commons sensors", "smob", "data", "Community-run sensors counting bikes and pedestrians.",
     3, "Table 2", "12:00", "14:00", "requested"),
    ("Kvarter Share tool library", "kvar", "eco", "A neighbourhood tool library with an open booking app.",
     0, "", None, None, "requested"),
]
for name, org, line, description, day, table, start, end, status in INITIATIVES:
    add("initiatives", name, name=name, organisation_id=ORG[org][0], working_line_id=line_id(line),
        description=description, contact_person_id=ORG[org][5][0], slot_day=DAYS[day - 1] if day else None,
        slot_table=table, slot_start=start, slot_end=end, slot_status=status)

# -------------------------------------------------------------------------------------------- datasets
DATASETS = [  # name, publisher, city, licence, format, access, line, notes
    ("Tourist accommodation register", "Barcelona City Council", "Barcelona", "CC-BY-4.0", "CSV", "open", "econ",
     ""),
    ("Short-term rental listings (scraped)", "Ciutat Comuna Association", "Barcelona", "ODbL", "CSV", "open",
     "econ", "Monthly snapshots since 2016."),
    ("Bike-sharing trips", "Barcelona City Council", "Barcelona", "CC-BY-4.0", "CSV", "open", "data", ""),
    ("Shared scooter positions", "Parcours Mobility", "Lyon", "proprietary", "API", "negotiated", "data",
     "Access under a pilot agreement."),
    ("Shared mobility MDS feed", "Montréal City Council", "Montréal", "ODbL", "API", "negotiated", "data",
     "Mobility Data Specification feed."),
    ("Delivery rider incidents", "Quintana Riders Cooperative", "Barcelona", "CC-BY-4.0", "CSV", "open", "econ",
     "Self-reported by riders."),
    ("Platform worker survey 2019", "Centre for Platform Labour Research", "London", "CC-BY-4.0", "CSV", "open",
     "econ", ""),
    ("Gender pay gap on platforms", "Women in Platform Work Network", "Paris", "CC-BY-4.0", "CSV", "open",
     "gender", ""),
    ("Care services map", "Bogotá City Council", "Bogotá", "CC-BY-4.0", "GeoJSON", "open", "gender", ""),
    ("Night-time safety perception survey", "Gender & Data Initiative", "Vienna", "CC-BY-4.0", "JSON", "open",
     "gender", ""),
    ("Holiday rental host data", "Vecinal Stays", "Barcelona", "proprietary", "API", "negotiated", "econ", ""),
    ("Car-sharing fleet emissions", "Ruta Verde Carsharing", "Valencia", "proprietary", "CSV", "negotiated",
     "eco", ""),
    ("Repair cafés and reuse points", "Neighbourhood Repair Network", "Turin", "ODbL", "GeoJSON", "open", "eco",
     ""),
    ("Waste collection by district", "Ghent City Council", "Ghent", "CC-BY-4.0", "CSV", "open", "eco", ""),
    ("Air quality sensors", "Seoul City Council", "Seoul", "CC-BY-4.0", "API", "open", "eco", ""),
    ("Pedestrian and bike counts", "Seoul Mobility Commons Lab", "Seoul", "ODbL", "JSON", "open", "data", ""),
    ("Ride-hailing trip records", "New York City Council", "New York", "proprietary", "CSV", "closed", "data",
     "Published only in aggregate."),
    ("Food delivery orders by postcode", "Fair Meals Collective", "Berlin", "proprietary", "JSON", "closed",
     "econ", "Shared with researchers under NDA."),
    ("Municipal tenders with social clauses", "Grenoble City Council", "Grenoble", "CC-BY-4.0", "CSV", "open",
     "econ", ""),
    ("Public Wi-Fi usage", "Milan City Council", "Milan", "CC-BY-4.0", "CSV", "open", "data", ""),
    ("Cargo bike deliveries", "LoopCart", "Amsterdam", "CC-BY-4.0", "JSON", "open", "eco", ""),
    ("Housing evictions register", "Lisbon City Council", "Lisbon", "proprietary", "CSV", "negotiated", "econ",
     ""),
    ("Open budget of digital services", "Madrid City Council", "Madrid", "CC-BY-4.0", "JSON", "open", "data", ""),
]
for name, publisher, city, licence, fmt, access, line, notes in DATASETS:
    add("datasets", name, name=name, publisher=publisher, city=city, licence=licence, format=fmt, access=access,
        link=f"https://data.example.org/{slug(city)}/{slug(name)}", working_line_id=line_id(line), notes=notes)

# ---------------------------------------------------------------------------------------- session notes
for key, written_at, author, body in [
        ("opening", "2019-11-19T10:40", "Laia", "About 105 people; press at the front. Ran 5 minutes late."),
        ("riders", "2019-11-19T11:55", "Marc", "Strong agreement on insurance pilot; see action on riders' safety."),
        ("procclauses", "2019-11-19T12:25", "Jordi", "Six cities want the clause text by December."),
        ("clauses", "2019-11-20T11:40", "Aitana", "Montréal offered to share its MDS agreement template."),
        ("hack1", "2019-11-20T17:20", "Pol", "14 datasets mapped so far; manifesto outline agreed.")]:
    add("session_notes", f"{key}/{written_at}", session_id=SESSION[key]["id"], written_at=written_at,
        author=author, body=body)

# ----------------------------------------------------------------------------------------------- checks
REFERENCES = {"organisation_id": "organisations", "organiser_id": "organisations",
              "lead_organisation_id": "organisations", "person_id": "people", "contact_person_id": "people",
              "session_id": "sessions", "request_session_id": "sessions", "working_line_id": "working_lines",
              "requested_line_id": "working_lines", "space_id": "spaces", "document_id": "documents",
              "parent_id": "sections", "section_id": "sections", "feeds_section_id": "sections",
              "action_id": "actions"}


def check_all():
    ids = {table: {row["id"] for row in rows} for table, rows in tables.items()}
    check(sum(len(v) for v in ids.values()) == sum(len(r) for r in tables.values()), "duplicate ids")
    for table, rows in tables.items():
        for row in rows:
            for column, value in row.items():
                if column in REFERENCES and value is not None:
                    check(value in ids[REFERENCES[column]], f"{table}.{column} points nowhere: {value}")
    unique = {"participations": ("person_id", "session_id", "role"), "session_tags": ("session_id",
              "working_line_id"), "engagements": ("organisation_id",), "event_days": ("day",),
              "workshop_details": ("session_id",), "action_partners": ("action_id", "organisation_id"),
              "action_sessions": ("action_id", "session_id")}
    for table, columns in unique.items():
        keys = [tuple(row[c] for c in columns) for row in tables[table]]
        check(len(keys) == len(set(keys)), f"duplicate {columns} in {table}")

    spaces = {row["id"]: row for row in tables["spaces"]}
    days = {row["day"]: row for row in tables["event_days"]}
    scheduled = []
    for s in tables["sessions"]:
        if s["status"] in ("idea", "cancelled"):
            check(s["starts_at"] is None and s["space_id"] is None, f"{s['title']} should be unscheduled")
        if s["starts_at"] is None:
            check(s["ends_at"] is None and s["space_id"] is None, f"{s['title']} is half scheduled")
            continue
        day, start, end = s["starts_at"][:10], minutes(s["starts_at"][11:]), minutes(s["ends_at"][11:])
        check(s["ends_at"][:10] == day and start < end, f"{s['title']} has a bad time range")
        check(day in days and minutes(days[day]["opens"]) <= start and end <= minutes(days[day]["closes"]),
              f"{s['title']} is outside opening hours")
        capacity = spaces[s["space_id"]]["capacity"]
        check(0 < s["expected_headcount"] <= min(capacity, s["capacity"] or capacity),
              f"{s['title']} expects more people than it can seat")
        check(s["headcount"] <= capacity, f"{s['title']} counted more people than the space holds")
        scheduled.append((s, day, start, end))
    for i, (a, day_a, start_a, end_a) in enumerate(scheduled):
        for b, day_b, start_b, end_b in scheduled[i + 1:]:
            if a["space_id"] == b["space_id"] and day_a == day_b:
                check(not overlaps(start_a, end_a, start_b, end_b), f"{a['title']} clashes with {b['title']}")
    when = {s["id"]: (day, start, end) for s, day, start, end in scheduled}
    by_person = {}
    for p in tables["participations"]:
        if p["session_id"] in when:
            by_person.setdefault(p["person_id"], []).append((when[p["session_id"]], p["session_id"]))
    for pid, slots in by_person.items():
        for i, ((day_a, start_a, end_a), sa) in enumerate(slots):
            for (day_b, start_b, end_b), sb in slots[i + 1:]:
                check(sa == sb or day_a != day_b or not overlaps(start_a, end_a, start_b, end_b),
                      f"{PEOPLE[pid]['name']} is in two sessions at once")
    attendance = {e["organisation_id"]: e for e in tables["engagements"]}
    person_org = {p["id"]: p["organisation_id"] for p in tables["people"]}
    available = {(a["person_id"], a["day"]): a for a in tables["person_availability"]}
    for pid, slots in by_person.items():
        engagement = attendance.get(person_org[pid])
        check(engagement and engagement["attendance"] in ("attending", "interested"),
              f"{PEOPLE[pid]['name']}'s organisation is not coming")
        for (day, start, end), _ in slots:
            check(day in json.loads(engagement["days"]), f"{PEOPLE[pid]['name']} speaks on a day not announced")
            a = available.get((pid, day))
            check(not any(k[0] == pid for k in available) or (a and minutes(a["available_from"]) <= start
                  and end <= minutes(a["available_to"])), f"{PEOPLE[pid]['name']} is not available then")
    roles = {}
    for p in tables["participations"]:
        roles.setdefault(p["session_id"], set()).add(p["role"])
    details = {row["session_id"] for row in tables["workshop_details"]}
    for s in tables["sessions"]:
        got = roles.get(s["id"], set())
        if s["status"] == "confirmed":
            check("speaker" in got, f"{s['title']} has no speaker")
            check(s["kind"] != "roundtable" or "moderator" in got, f"{s['title']} has no moderator")
            check(s["kind"] != "workshop" or "facilitator" in got, f"{s['title']} has no facilitator")
        check(s["kind"] != "workshop" or s["id"] in details, f"{s['title']} has no workshop details")
    accepted = [i for i in tables["initiatives"] if i["slot_status"] == "accepted"]
    for i, a in enumerate(accepted):
        check(minutes(days[a["slot_day"]]["opens"]) <= minutes(a["slot_start"]) < minutes(a["slot_end"])
              <= minutes(days[a["slot_day"]]["closes"]), f"{a['name']} is outside opening hours")
        for b in accepted[i + 1:]:
            check(not (a["slot_day"] == b["slot_day"] and a["slot_table"] == b["slot_table"] and overlaps(
                minutes(a["slot_start"]), minutes(a["slot_end"]), minutes(b["slot_start"]), minutes(b["slot_end"]))),
                f"{a['name']} and {b['name']} share a table")
    for person in tables["people"]:
        check(person["email"].split("@")[1] in DOMAINS, f"{person['name']} has a real-looking email domain")
    kinds = {s["kind"] for s in tables["sessions"]}
    check(kinds == set(ROLES), "a session kind is missing")
    minimum = {"sessions": 50, "people": 90, "organisations": 40, "initiatives": 15, "datasets": 20,
               "working_lines": 4, "spaces": 4, "actions": 20, "revisions": 2, "event_days": 3}
    for table, count in minimum.items():
        check(len(tables[table]) >= count, f"only {len(tables[table])} rows in {table}")


check_all()
output = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else \
    pathlib.Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo-event.json"
bundle = {"format": "standlab-bundle", "schema_version": SCHEMA_VERSION, "tables": tables}
output.write_text(json.dumps(bundle, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"wrote {output}: " + ", ".join(f"{len(rows)} {table}" for table, rows in tables.items()))
