// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultletters.h"

namespace standlab {

namespace {

int row(const QString& language)
{
    return qMax(0, int(DefaultLetters::languages().indexOf(language)));
}

// Spanish uses "usted", Catalan "vós", French "vous": letters go to people the organisers may not
// know personally.
const char* const kSubjects[] = {
    "Your session at {event}",
    "Su sesión en {event}",
    "La vostra sessió a {event}",
    "Votre session à {event}",
};

const char* const kBodies[] = {
    "Dear {name},\n\n"
    "Thank you for taking part in {event}. Here is where and when we expect you:\n\n"
    "{sessions}\n\n"
    "{changes}\n\n"
    "Please come to the stand 15 minutes before your session starts. The stand is at {address}.\n\n"
    "What to bring: {bring}\n\n"
    "Your sessions are attached as a calendar file. If anything does not suit you, just reply to this message.\n\n"
    "Kind regards,\nThe {event} team",

    "Estimado/a {name}:\n\n"
    "Gracias por participar en {event}. Le esperamos en este lugar y horario:\n\n"
    "{sessions}\n\n"
    "{changes}\n\n"
    "Le rogamos que llegue al estand 15 minutos antes del inicio de su sesión. El estand está en {address}.\n\n"
    "Qué traer: {bring}\n\n"
    "Adjuntamos sus sesiones en un archivo de calendario. Si algo no le va bien, responda a este mensaje.\n\n"
    "Un cordial saludo,\nEl equipo de {event}",

    "Benvolgut/da {name},\n\n"
    "Gràcies per participar a {event}. Us esperem en aquest lloc i horari:\n\n"
    "{sessions}\n\n"
    "{changes}\n\n"
    "Us preguem que arribeu a l'estand 15 minuts abans de l'inici de la sessió. L'estand és a {address}.\n\n"
    "Què cal portar: {bring}\n\n"
    "Us adjuntem les sessions en un fitxer de calendari. Si alguna cosa no us va bé, responeu aquest missatge.\n\n"
    "Salutacions cordials,\nL'equip de {event}",

    "Bonjour {name},\n\n"
    "Merci de participer à {event}. Voici où et quand nous vous attendons :\n\n"
    "{sessions}\n\n"
    "{changes}\n\n"
    "Merci de vous présenter au stand 15 minutes avant le début de votre session. Le stand se trouve à {address}.\n\n"
    "À apporter : {bring}\n\n"
    "Vos sessions sont jointes dans un fichier d'agenda. Si quelque chose ne vous convient pas, répondez simplement "
    "à ce message.\n\n"
    "Bien cordialement,\nL'équipe de {event}",
};

const char* const kWords[][DefaultLetters::WordCount] = {
    {"speaker", "moderator", "facilitator", "rapporteur", "with", "nothing in particular; your slides, if you use any, "
     "on a USB stick", "Changes since %1:"},
    {"ponente", "moderador/a", "dinamizador/a", "relator/a", "con", "nada en especial; sus diapositivas, si las usa, "
     "en una memoria USB", "Cambios desde %1:"},
    {"ponent", "moderador/a", "dinamitzador/a", "relator/a", "amb", "res en especial; les diapositives, si en feu "
     "servir, en una memòria USB", "Canvis des de %1:"},
    {"intervenant·e", "modérateur·rice", "animateur·rice", "rapporteur·e", "avec", "rien de particulier ; vos "
     "diapositives, si vous en utilisez, sur une clé USB", "Changements depuis %1 :"},
};

} // namespace

QStringList DefaultLetters::languages()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ca"), QStringLiteral("fr")};
}

QString DefaultLetters::subject(const QString& language)
{
    return QString::fromUtf8(kSubjects[row(language)]);
}

QString DefaultLetters::body(const QString& language)
{
    return QString::fromUtf8(kBodies[row(language)]);
}

QString DefaultLetters::word(const QString& language, Word word)
{
    return QString::fromUtf8(kWords[row(language)][word]);
}

QString DefaultLetters::role(const QString& language, const QString& roleKey)
{
    if (roleKey == QLatin1String("moderator"))
        return word(language, Role_moderator);
    if (roleKey == QLatin1String("facilitator"))
        return word(language, Role_facilitator);
    if (roleKey == QLatin1String("rapporteur"))
        return word(language, Role_rapporteur);
    return word(language, Role_speaker);
}

} // namespace standlab
