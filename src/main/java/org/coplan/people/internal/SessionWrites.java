package org.coplan.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions in PostgreSQL, written only when something in them changed (issue 12, ADR 0029).
 *
 * <p>Spring Session marks a session changed on every request because it moves the last-access
 * time, so each page cost an UPDATE of its row. Here the last-access time moves only once it is
 * {@code refreshAfter} old (a minute by default): a page that changes nothing in the session
 * writes nothing, and the 30-minute idle limit still counts from a time at most that far behind
 * the person's last click. A change of attribute, of id (sign-in) or of lifetime is written as before.
 *
 * <p>Within one request the session read at the start is reused when the filter looks it up
 * again after saving (it asks for it to compare ids), so a request reads its session once.
 */
final class SessionWrites implements FindByIndexNameSessionRepository<SessionWrites.StoredSession> {

    /** The sessions the current request has read or saved, by id; none outside a request. */
    private static final ThreadLocal<Map<String, StoredSession>> REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> store;
    private final Duration refreshAfter;

    @SuppressWarnings({"unchecked", "rawtypes"})
    SessionWrites(JdbcIndexedSessionRepository store, Duration refreshAfter) {
        this.store = (FindByIndexNameSessionRepository) store;
        this.refreshAfter = refreshAfter;
    }

    /**
     * Runs one request with its own memory of the sessions it has read. Placed just outside
     * Spring Session's filter, so the memory lasts until the session has been saved.
     */
    static final class RequestScope extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Map<String, StoredSession> previous = REQUEST.get();
            REQUEST.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                if (previous == null) {
                    REQUEST.remove();
                } else {
                    REQUEST.set(previous);
                }
            }
        }
    }

    @Override
    public StoredSession createSession() {
        return new StoredSession(store.createSession(), refreshAfter);
    }

    @Override
    public void save(StoredSession session) {
        store.save(session.stored);
        Map<String, StoredSession> known = REQUEST.get();
        if (known != null) {
            known.put(session.getId(), session);
        }
    }

    @Override
    public StoredSession findById(String id) {
        Map<String, StoredSession> known = REQUEST.get();
        StoredSession already = known == null ? null : known.get(id);
        if (already != null && already.getId().equals(id) && !already.isExpired()) {
            return already;
        }
        Session stored = store.findById(id);
        StoredSession found = stored == null ? null : new StoredSession(stored, refreshAfter);
        if (known != null && found != null) {
            known.put(id, found);
        }
        return found;
    }

    @Override
    public void deleteById(String id) {
        Map<String, StoredSession> known = REQUEST.get();
        if (known != null) {
            known.remove(id);
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, StoredSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, StoredSession> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new StoredSession(session, refreshAfter)));
        return found;
    }

    /** A stored session whose last-access time moves only once it is {@code refreshAfter} old. */
    static final class StoredSession implements Session {

        private final Session stored;
        private final Duration refreshAfter;

        StoredSession(Session stored, Duration refreshAfter) {
            this.stored = stored;
            this.refreshAfter = refreshAfter;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            Instant last = stored.getLastAccessedTime();
            if (last == null || !lastAccessedTime.isBefore(last.plus(refreshAfter))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
