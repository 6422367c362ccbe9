// The only C header mingle includes for libqrencode (Debian: libqrencode-dev). ContactCode is the
// only module that imports it.
#ifndef MINGLE_CQRENCODE_SHIM_H
#define MINGLE_CQRENCODE_SHIM_H

#include <qrencode.h>

#endif
