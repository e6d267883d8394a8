#pragma once

#include <QString>

namespace baton {

/// Where the files compiled into the app live (Qt resource paths).
class AppResources {
public:
    /// The app icon as a 256 px PNG, for the window (Qt's SVG plugin is not always installed).
    static QString iconPng();
    /// The app icon's source.
    static QString iconSvg();
};

} // namespace baton
