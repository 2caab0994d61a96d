# SPDX-License-Identifier: GPL-3.0-or-later
# The application shell: welcome window, main window and its read-only pages, settings and dialogs.
target_sources(standlab_ui PRIVATE
  settings/appsettings.cpp settings/appsettings.h
  settings/appresources.cpp settings/appresources.h
  settings/recentfiles.cpp settings/recentfiles.h
  settings/preferencesdialog.cpp settings/preferencesdialog.h
  settings/languagesetup.cpp settings/languagesetup.h
  settings/appearance.cpp settings/appearance.h
  mainwindow/prompts.cpp mainwindow/prompts.h
  mainwindow/eventopener.cpp mainwindow/eventopener.h
  mainwindow/autobackup.cpp mainwindow/autobackup.h
  mainwindow/fileactions.cpp mainwindow/fileactions.h
  mainwindow/mainwindow.cpp mainwindow/mainwindow.h
  mainwindow/clockbanner.cpp mainwindow/clockbanner.h
  widgets/combowidthlimiter.cpp widgets/combowidthlimiter.h
  widgets/tintedicon.cpp widgets/tintedicon.h
  mainwindow/appcontroller.cpp mainwindow/appcontroller.h
  mainwindow/screenshotter.cpp mainwindow/screenshotter.h
  welcome/welcomewindow.cpp welcome/welcomewindow.h
  dialogs/restorebackupdialog.cpp dialogs/restorebackupdialog.h
  shellmodels/storewatcher.cpp shellmodels/storewatcher.h
  shellmodels/actionsmodel.cpp shellmodels/actionsmodel.h
  pages/searchabletable.cpp pages/searchabletable.h
)
target_compile_definitions(standlab_ui PRIVATE STANDLAB_VERSION="${PROJECT_VERSION}")
# Icons: resources/app.qrc, compiled by AUTORCC. Listed by a relative path rather than through
# qt_add_resources(), whose generated source would reach lupdate as a path that does not exist
# (ui/CMakeLists.txt prefixes every source with the ui folder). AppResources::init() registers it.
target_sources(standlab_ui PRIVATE ../resources/app.qrc)
