#include "core/query/Classification.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace careatlas {

QString classMethodName(ClassMethod method)
{
    switch (method) {
    case ClassMethod::Quantile: return QStringLiteral("quantile");
    case ClassMethod::EqualInterval: return QStringLiteral("equal-interval");
    case ClassMethod::NaturalBreaks: return QStringLiteral("natural-breaks");
    }
    return {};
}

bool classMethodFromName(const QString &name, ClassMethod *method)
{
    for (ClassMethod m : {ClassMethod::Quantile, ClassMethod::EqualInterval, ClassMethod::NaturalBreaks})
        if (classMethodName(m) == name.toLower()) {
            *method = m;
            return true;
        }
    return false;
}

int ClassBreaks::classOf(double value) const
{
    if (!(value > 0) || upper.empty())
        return -1;
    const auto it = std::lower_bound(upper.begin(), upper.end(), value - 1e-9 * std::max(1.0, std::abs(value)));
    return it == upper.end() ? int(upper.size()) - 1 : int(it - upper.begin());
}

namespace {

// Jenks natural breaks by dynamic programming over sorted values: upper limits of `k` classes.
std::vector<double> jenks(const std::vector<double> &v, int k)
{
    const int n = int(v.size());
    std::vector<double> prefix(n + 1, 0), prefix2(n + 1, 0);
    for (int i = 0; i < n; ++i) {
        prefix[i + 1] = prefix[i] + v[i];
        prefix2[i + 1] = prefix2[i] + v[i] * v[i];
    }
    auto cost = [&](int from, int to) {   // [from, to)
        const double s = prefix[to] - prefix[from], s2 = prefix2[to] - prefix2[from];
        return s2 - s * s / double(to - from);
    };
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<std::vector<double>> best(k + 1, std::vector<double>(n + 1, inf));
    std::vector<std::vector<int>> cut(k + 1, std::vector<int>(n + 1, 0));
    best[0][0] = 0;
    for (int c = 1; c <= k; ++c)
        for (int to = c; to <= n; ++to)
            for (int from = c - 1; from < to; ++from) {
                if (best[c - 1][from] == inf)
                    continue;
                const double total = best[c - 1][from] + cost(from, to);
                if (total < best[c][to]) {
                    best[c][to] = total;
                    cut[c][to] = from;
                }
            }
    std::vector<double> upper(k);
    int to = n;
    for (int c = k; c >= 1; --c) {
        upper[c - 1] = v[to - 1];
        to = cut[c][to];
    }
    return upper;
}

} // namespace

ClassBreaks classify(std::vector<double> values, ClassMethod method, int classes)
{
    ClassBreaks breaks;
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !(v > 0); }), values.end());
    if (values.empty() || classes < 1)
        return breaks;
    std::sort(values.begin(), values.end());
    std::vector<double> distinct = values;
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const int k = std::min<int>(classes, int(distinct.size()));
    breaks.minimum = values.front();
    const double maximum = values.back();
    switch (method) {
    case ClassMethod::EqualInterval:
        for (int c = 1; c <= k; ++c)
            breaks.upper.push_back(c == k ? maximum : breaks.minimum + (maximum - breaks.minimum) * c / k);
        break;
    case ClassMethod::Quantile:
        for (int c = 1; c <= k; ++c) {
            const std::size_t index = std::min(values.size() - 1, std::size_t(std::ceil(double(values.size()) * c / k)) - 1);
            const double limit = values[index];
            if (breaks.upper.empty() || limit > breaks.upper.back())
                breaks.upper.push_back(limit);
        }
        break;
    case ClassMethod::NaturalBreaks: {
        std::vector<double> sample = values;
        if (sample.size() > 2000) {
            std::vector<double> even;
            for (int i = 0; i < 2000; ++i)
                even.push_back(values[std::size_t(double(i) * (values.size() - 1) / 1999.0)]);
            sample = even;
        }
        breaks.upper = jenks(sample, k);
        breaks.upper.back() = maximum;
        breaks.upper.erase(std::unique(breaks.upper.begin(), breaks.upper.end()), breaks.upper.end());
        break;
    }
    }
    return breaks;
}

} // namespace careatlas
