#include "storage/FileSystemProbe.h"

#include <QFile>

#if defined(__linux__)
#include <sys/statfs.h>
#include <sys/statvfs.h>
#endif

namespace baton {
namespace {

struct NetworkType {
    unsigned long magic;
    const char *name;
};

// The f_type values from linux/magic.h and the filesystems' own headers.
constexpr NetworkType networkTypes[] = {
    {0x6969UL, "NFS"},      {0x517BUL, "SMB"},      {0xFE534D42UL, "SMB2"},   {0xFF534D42UL, "CIFS"},
    {0x65735546UL, "FUSE"}, {0x5346414FUL, "AFS"},  {0x6B414653UL, "AFS"},    {0x00C36400UL, "Ceph"},
    {0x01021997UL, "9P"},   {0x47504653UL, "GPFS"}, {0x0BD00BD0UL, "Lustre"},
};

void applyOverride(MountInfo &info)
{
    const QString wanted = qEnvironmentVariable("BATON_FILESYSTEM").trimmed().toLower();
    if (wanted == QLatin1String("network")) {
        info.kind = MountInfo::Kind::Network;
        info.overridden = true;
    } else if (wanted == QLatin1String("local")) {
        info.kind = MountInfo::Kind::Local;
        info.typeName.clear();
        info.overridden = true;
    }
}

} // namespace

QString FileSystemProbe::networkTypeName(unsigned long type)
{
    for (const NetworkType &candidate : networkTypes) {
        if (candidate.magic == type)
            return QString::fromLatin1(candidate.name);
    }
    return {};
}

MountInfo FileSystemProbe::probe(const QString &folder)
{
    MountInfo info;
#if defined(__linux__)
    const QByteArray native = QFile::encodeName(folder);
    struct statfs fs = {};
    if (statfs(native.constData(), &fs) == 0) {
        // f_type's type differs between C libraries; its bits are what the kernel reported.
        info.typeName = networkTypeName(static_cast<unsigned long>(static_cast<unsigned int>(fs.f_type)));
        if (!info.typeName.isEmpty())
            info.kind = MountInfo::Kind::Network;
    }
    struct statvfs vfs = {};
    if (statvfs(native.constData(), &vfs) == 0)
        info.readOnly = (vfs.f_flag & ST_RDONLY) != 0;
#endif
    applyOverride(info);
    return info;
}

} // namespace baton
