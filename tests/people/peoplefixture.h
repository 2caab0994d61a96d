// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../ui/programmefixture.h"

namespace standlab {

// The Programme fixture plus what the People tests need: organisations, a person in no session,
// one confirmed participation, and an Action Plan with two sections for workshops to feed.
class PeopleFixture : public ProgrammeFixture
{
public:
    bool create()
    {
        if (!ProgrammeFixture::create())
            return false;
        const auto s = [](const char* text) { return QString::fromUtf8(text); };
        add(s("organisations"), s("bcn"), {{s("name"), s("Ajuntament de Barcelona")}, {s("city"), s("Barcelona")}});
        add(s("organisations"), s("coop"), {{s("name"), s("Cooperativa Teixit")}, {s("city"), s("Girona")}});
        store().update(s("people"), ids.value(s("ana")), {{s("organisation_id"), ids.value(s("bcn"))}});
        store().update(s("people"), ids.value(s("ben")), {{s("organisation_id"), ids.value(s("bcn"))}});
        add(s("people"), s("alex"), {{s("name"), s("Àlex Puig Serra")}, {s("organisation_id"), ids.value(s("coop"))}});
        store().update(s("participations"), ids.value(s("p4")), {{s("confirmed"), 1}});
        add(s("documents"), s("plan"), {{s("title"), s("2020 Action Plan")}, {s("kind"), s("action_plan")}});
        add(s("sections"), s("sec1"), {{s("document_id"), ids.value(s("plan"))}, {s("title"), s("Fair platform work")}, {s("position"), 0}});
        add(s("sections"), s("sec2"), {{s("document_id"), ids.value(s("plan"))}, {s("title"), s("Data commons")}, {s("position"), 1}});
        return store().count(s("people")) == 5;
    }
};

} // namespace standlab
