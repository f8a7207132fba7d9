#include "core/store/GpkgGeometry.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace careatlas::gpkg {

namespace {

// A bounds-checked reader over WKB in either byte order.
class WkbReader
{
public:
    explicit WkbReader(const QByteArray &bytes) : m_bytes(bytes) {}

    bool readGeometry(Envelope &envelope, bool &any, int depth = 0)
    {
        if (depth > 32)
            return false;
        quint8 order = 0;
        if (!readByte(order) || order > 1)
            return false;
        m_littleEndian = order == 1;
        quint32 type = 0;
        if (!readUInt32(type))
            return false;
        // ISO WKB: 1000s for Z, 2000s for M, 3000s for ZM; EWKB-style high bits too.
        int dimensions = 2;
        if (type & 0x80000000u) { ++dimensions; }
        if (type & 0x40000000u) { ++dimensions; }
        type &= 0x0fffffffu;
        if (type >= 3000) { dimensions = 4; type -= 3000; }
        else if (type >= 2000) { dimensions = 3; type -= 2000; }
        else if (type >= 1000) { dimensions = 3; type -= 1000; }
        switch (type) {
        case 1: return readPoints(1, dimensions, envelope, any, true);
        case 2: { quint32 n = 0; return readUInt32(n) && readPoints(n, dimensions, envelope, any, false); }
        case 3: {
            quint32 rings = 0;
            if (!readUInt32(rings))
                return false;
            for (quint32 r = 0; r < rings; ++r) {
                quint32 n = 0;
                if (m_rings)
                    m_rings->emplace_back();
                m_collect = m_rings != nullptr;
                const bool read = readUInt32(n) && readPoints(n, dimensions, envelope, any, false);
                m_collect = false;
                if (!read)
                    return false;
            }
            return true;
        }
        case 4: case 5: case 6: case 7: {
            quint32 parts = 0;
            if (!readUInt32(parts))
                return false;
            const bool outerOrder = m_littleEndian;
            for (quint32 p = 0; p < parts; ++p) {
                if (!readGeometry(envelope, any, depth + 1))
                    return false;
            }
            m_littleEndian = outerOrder;
            return true;
        }
        default:
            return false;
        }
    }

    bool readPointXY(double &x, double &y)
    {
        quint8 order = 0;
        if (!readByte(order) || order > 1)
            return false;
        m_littleEndian = order == 1;
        quint32 type = 0;
        return readUInt32(type) && (type & 0x0fffffffu) % 1000 == 1 && readDouble(x) && readDouble(y);
    }

    // Polygon rings met by readGeometry go here (x, y of each point).
    void collectRings(std::vector<Ring> *rings) { m_rings = rings; }

private:
    bool readPoints(quint32 count, int dimensions, Envelope &envelope, bool &any, bool single)
    {
        if (quint64(count) * quint64(dimensions) * 8 > quint64(m_bytes.size() - m_position))
            return false;
        for (quint32 i = 0; i < count; ++i) {
            double x = 0, y = 0, skipped = 0;
            if (!readDouble(x) || !readDouble(y))
                return false;
            for (int d = 2; d < dimensions; ++d) {
                if (!readDouble(skipped))
                    return false;
            }
            if (single && std::isnan(x) && std::isnan(y))
                continue;   // POINT EMPTY
            if (m_collect)
                m_rings->back().emplace_back(x, y);
            if (!any) {
                envelope = {x, x, y, y};
                any = true;
            } else {
                envelope.minX = std::min(envelope.minX, x);
                envelope.maxX = std::max(envelope.maxX, x);
                envelope.minY = std::min(envelope.minY, y);
                envelope.maxY = std::max(envelope.maxY, y);
            }
        }
        return true;
    }
    bool readByte(quint8 &value)
    {
        if (m_position + 1 > m_bytes.size())
            return false;
        value = quint8(m_bytes[m_position++]);
        return true;
    }
    bool readUInt32(quint32 &value)
    {
        if (m_position + 4 > m_bytes.size())
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_bytes.constData() + m_position);
        value = m_littleEndian ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
        m_position += 4;
        return true;
    }
    bool readDouble(double &value)
    {
        if (m_position + 8 > m_bytes.size())
            return false;
        const auto *p = reinterpret_cast<const uchar *>(m_bytes.constData() + m_position);
        const quint64 bits = m_littleEndian ? qFromLittleEndian<quint64>(p) : qFromBigEndian<quint64>(p);
        std::memcpy(&value, &bits, 8);
        m_position += 8;
        return true;
    }

    const QByteArray &m_bytes;
    qsizetype m_position = 0;
    bool m_littleEndian = true;
    std::vector<Ring> *m_rings = nullptr;
    bool m_collect = false;
};

void appendDouble(QByteArray &out, double value)
{
    quint64 bits = 0;
    std::memcpy(&bits, &value, 8);
    uchar buffer[8];
    qToLittleEndian<quint64>(bits, buffer);
    out.append(reinterpret_cast<const char *>(buffer), 8);
}

void appendUInt32(QByteArray &out, quint32 value)
{
    uchar buffer[4];
    qToLittleEndian<quint32>(value, buffer);
    out.append(reinterpret_cast<const char *>(buffer), 4);
}

} // namespace

std::optional<Envelope> wkbEnvelope(const QByteArray &wkb)
{
    WkbReader reader(wkb);
    Envelope envelope;
    bool any = false;
    if (!reader.readGeometry(envelope, any) || !any)
        return std::nullopt;
    return envelope;
}

std::optional<std::vector<Ring>> wkbRings(const QByteArray &wkb)
{
    WkbReader reader(wkb);
    std::vector<Ring> rings;
    reader.collectRings(&rings);
    Envelope envelope;
    bool any = false;
    if (!reader.readGeometry(envelope, any))
        return std::nullopt;
    return rings;
}

QByteArray multiLineStringWkb(const std::vector<Ring> &lines)
{
    QByteArray out;
    out.append(char(1));
    appendUInt32(out, 5);
    appendUInt32(out, quint32(lines.size()));
    for (const Ring &line : lines) {
        out.append(char(1));
        appendUInt32(out, 2);
        appendUInt32(out, quint32(line.size()));
        for (const auto &[x, y] : line) {
            appendDouble(out, x);
            appendDouble(out, y);
        }
    }
    return out;
}

std::optional<std::vector<Ring>> wkbLines(const QByteArray &wkb)
{
    // The reader collects only polygon rings; a MultiLineString's lines are read here.
    if (wkb.size() < 9 || wkb[0] != char(1))
        return std::nullopt;
    const auto *p = reinterpret_cast<const uchar *>(wkb.constData());
    if (qFromLittleEndian<quint32>(p + 1) != 5)
        return std::nullopt;
    const quint32 count = qFromLittleEndian<quint32>(p + 5);
    qsizetype at = 9;
    std::vector<Ring> lines;
    for (quint32 k = 0; k < count; ++k) {
        if (at + 9 > wkb.size() || wkb[at] != char(1) || qFromLittleEndian<quint32>(p + at + 1) != 2)
            return std::nullopt;
        const quint32 n = qFromLittleEndian<quint32>(p + at + 5);
        at += 9;
        if (quint64(n) * 16 > quint64(wkb.size() - at))
            return std::nullopt;
        Ring line(n);
        for (quint32 i = 0; i < n; ++i, at += 16) {
            double xy[2];
            for (int c = 0; c < 2; ++c) {
                const quint64 bits = qFromLittleEndian<quint64>(p + at + 8 * c);
                std::memcpy(&xy[c], &bits, 8);
            }
            line[i] = {xy[0], xy[1]};
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

QByteArray pointWkb(double x, double y)
{
    QByteArray out;
    out.reserve(21);
    out.append(char(1));
    appendUInt32(out, 1);
    appendDouble(out, x);
    appendDouble(out, y);
    return out;
}

std::optional<std::pair<double, double>> wkbPoint(const QByteArray &wkb)
{
    WkbReader reader(wkb);
    double x = 0, y = 0;
    if (!reader.readPointXY(x, y) || std::isnan(x) || std::isnan(y))
        return std::nullopt;
    return std::make_pair(x, y);
}

QByteArray encode(const QByteArray &wkb, int srsId)
{
    const auto point = wkbPoint(wkb);
    const auto envelope = point ? std::nullopt : wkbEnvelope(wkb);
    const bool empty = !point && !envelope;
    QByteArray out;
    out.reserve(8 + (envelope ? 32 : 0) + wkb.size());
    out.append('G');
    out.append('P');
    out.append(char(0));   // version 1
    quint8 flags = 0x01;   // little-endian header
    if (envelope)
        flags |= 0x01 << 1;   // envelope [minx, maxx, miny, maxy]
    if (empty)
        flags |= 0x10;
    out.append(char(flags));
    appendUInt32(out, quint32(srsId));
    if (envelope) {
        appendDouble(out, envelope->minX);
        appendDouble(out, envelope->maxX);
        appendDouble(out, envelope->minY);
        appendDouble(out, envelope->maxY);
    }
    out.append(wkb);
    return out;
}

std::optional<Decoded> decode(const QByteArray &blob)
{
    if (blob.size() < 8 || blob[0] != 'G' || blob[1] != 'P')
        return std::nullopt;
    const quint8 flags = quint8(blob[3]);
    const bool littleEndian = flags & 0x01;
    const int envelopeKind = (flags >> 1) & 0x07;
    static const int envelopeDoubles[] = {0, 4, 6, 6, 8};
    if (envelopeKind > 4)
        return std::nullopt;
    const int headerSize = 8 + 8 * envelopeDoubles[envelopeKind];
    if (blob.size() < headerSize)
        return std::nullopt;
    const auto *p = reinterpret_cast<const uchar *>(blob.constData());
    Decoded decoded;
    decoded.srsId = int(littleEndian ? qFromLittleEndian<qint32>(p + 4) : qFromBigEndian<qint32>(p + 4));
    decoded.empty = flags & 0x10;
    decoded.wkb = blob.mid(headerSize);
    if (envelopeKind > 0) {
        double values[4];
        for (int i = 0; i < 4; ++i) {
            const quint64 bits = littleEndian ? qFromLittleEndian<quint64>(p + 8 + 8 * i)
                                              : qFromBigEndian<quint64>(p + 8 + 8 * i);
            std::memcpy(&values[i], &bits, 8);
        }
        decoded.envelope = Envelope{values[0], values[1], values[2], values[3]};
    } else if (!decoded.empty) {
        decoded.envelope = wkbEnvelope(decoded.wkb);
    }
    return decoded;
}

} // namespace careatlas::gpkg
