#pragma once

// A fixed-capacity ring buffer for time series: the newest value overwrites the oldest once full.
// Storage grows in steps up to the capacity (a server that just appeared does not pay for an hour at once)
// and never beyond it. Used by HistoryStore on the GUI thread; not thread-safe, like any value type.

#include <QtGlobal>

#include <algorithm>
#include <vector>

template<typename T>
class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity = 0) : m_capacity(std::max<qsizetype>(0, capacity)) {}

    qsizetype capacity() const { return m_capacity; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool isFull() const { return m_size == m_capacity; }

    // i = 0 is the oldest element, size() - 1 the newest.
    const T &at(qsizetype i) const { return m_data[physical(i)]; }
    const T &last() const { return at(m_size - 1); }
    T &last() { return m_data[physical(m_size - 1)]; }

    void push(const T &value)
    {
        if (m_capacity == 0)
            return;
        if (m_size < m_capacity) {
            if (qsizetype(m_data.size()) == m_size)
                grow();
            m_data[physical(m_size)] = value;
            ++m_size;
            return;
        }
        m_data[m_head] = value; // full: overwrite the oldest
        m_head = (m_head + 1) % m_capacity;
    }

    void clear()
    {
        m_data.clear();
        m_data.shrink_to_fit();
        m_head = 0;
        m_size = 0;
    }

    // Keeps the newest min(size, capacity) elements.
    void setCapacity(qsizetype capacity)
    {
        capacity = std::max<qsizetype>(0, capacity);
        const qsizetype keep = std::min(m_size, capacity);
        std::vector<T> data;
        data.reserve(size_t(keep));
        for (qsizetype i = m_size - keep; i < m_size; ++i)
            data.push_back(at(i));
        m_data = std::move(data);
        m_capacity = capacity;
        m_head = 0;
        m_size = keep;
    }

    qsizetype memoryBytes() const { return qsizetype(m_data.capacity() * sizeof(T)) + qsizetype(sizeof(*this)); }

private:
    qsizetype physical(qsizetype i) const
    {
        const qsizetype p = m_head + i;
        return p < qsizetype(m_data.size()) ? p : p - qsizetype(m_data.size());
    }

    // Only called while not yet full, when m_head is still 0: the logical order equals the physical one.
    void grow()
    {
        const qsizetype next = std::min(m_capacity, std::max<qsizetype>(64, m_size * 2));
        std::vector<T> data;
        data.reserve(size_t(next));
        data.assign(m_data.begin(), m_data.end());
        data.resize(size_t(next));
        m_data = std::move(data);
    }

    std::vector<T> m_data;
    qsizetype m_capacity = 0;
    qsizetype m_head = 0; // physical index of the oldest element once full
    qsizetype m_size = 0;
};
