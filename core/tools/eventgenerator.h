// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace standlab {

class GeneratorSource;
class Store;
struct GeneratedIds;
struct OpenOptions;

// Writes a large synthetic event (for benchmarks and tests) whose content depends only on the seed
// and the sizes: the same options always give the same rows with the same ids.
class EventGenerator
{
    Q_DECLARE_TR_FUNCTIONS(EventGenerator)

public:
    struct Options
    {
        int sessions = 100;
        int people = 200;
        int organisations = 50;
        int days = 3;
        int spaces = 6;
        quint32 seed = 1;

        // Proportions follow the demo event (50 sessions: 15 initiatives, 20 datasets, 20 actions).
        int initiatives() const { return (sessions * 3 + 9) / 10; }
        int datasets() const { return (sessions * 4 + 9) / 10; }
        int actions() const { return (sessions * 4 + 9) / 10; }
        static int workingLines() { return 4; }
        // One introduction plus one section per working line, in one Action Plan document.
        static int sections() { return workingLines() + 1; }
    };

    explicit EventGenerator(const Options& options);
    ~EventGenerator();

    // An empty string when the options can be generated, otherwise why not.
    static QString validate(const Options& options);
    // Creates a new file holding the generated event; on failure nothing is left behind.
    static std::unique_ptr<Store> create(const QString& path, const Options& options,
                                         const OpenOptions& openOptions, QString* error);
    // Adds the generated event to an empty store, in one transaction.
    bool populate(Store& store, QString* error);

private:
    bool write(Store& store, QString* error);
    void makeEvent();
    void makeWorkingLines();
    void makeOrganisations();
    void makePeople();
    void makeSessions();
    void makeParticipations();
    void makeWorkshops();
    void makeEngagements();

    Options m_options;
    // Behind pointers so this header stays light; both are shared with OutcomeGenerator.
    std::unique_ptr<GeneratorSource> m_source;
    std::unique_ptr<GeneratedIds> m_ids;
};

} // namespace standlab
