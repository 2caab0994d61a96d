// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventgenerator.h"

namespace standlab {

class GeneratorSource;
struct GeneratedIds;

// The generated event's outcomes: the Action Plan with its sections and actions, the exhibited
// initiatives and the mapped datasets. A part of EventGenerator.
class OutcomeGenerator
{
public:
    OutcomeGenerator(const EventGenerator::Options& options, GeneratorSource& source, GeneratedIds& ids);

    void makeDocument(); // fills ids.sectionIds
    void makeInitiatives();
    void makeDatasets();
    void makeActions();

private:
    const EventGenerator::Options& m_options;
    GeneratorSource& m_source;
    GeneratedIds& m_ids;
};

} // namespace standlab
