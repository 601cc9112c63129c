package org.ailandscape.web;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps the number of open sessions within what the heap can hold. Every reader of this public page
 * has a server-side UI in an HTTP session, and a session lives until its idle timeout. A burst of
 * readers who never come back (or a crawler that ignores cookies) would otherwise grow the heap until
 * the JVM fails for everyone. Past the budget, the least recently active session is closed: its
 * reader, if still there, gets a fresh page on the next click, at the same view, because every view
 * is in the URL.
 *
 * <p>The budget is {@code sessions.max}, or, when that is 0, what fits in the heap after a reserve:
 * {@code (max heap - sessions.heap-reserve) / sessions.heap-per-session}.
 */
@Component
public class SessionBudget implements HttpSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionBudget.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final ExecutorService evictor = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("session-budget").factory());
    private final int max;
    private volatile long evicted;

    public SessionBudget(@Value("${sessions.max:0}") int configuredMax,
            @Value("${sessions.heap-reserve:128MB}") DataSize reserve,
            @Value("${sessions.heap-per-session:512KB}") DataSize perSession) {
        this.max = configuredMax > 0 ? configuredMax : budget(Runtime.getRuntime().maxMemory(), reserve, perSession);
        LOG.info("Session budget: at most {} open sessions", max);
    }

    static int budget(long maxHeap, DataSize reserve, DataSize perSession) {
        long usable = maxHeap - reserve.toBytes();
        return (int) Math.max(100, Math.min(Integer.MAX_VALUE, usable / Math.max(1, perSession.toBytes())));
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        sessions.put(session.getId(), session);
        if (sessions.size() > max) evictor.execute(this::evictOverBudget);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    private void evictOverBudget() {
        while (sessions.size() > max) {
            Optional<HttpSession> idlest = sessions.values().stream().min(Comparator.comparingLong(SessionBudget::lastAccess));
            if (idlest.isEmpty()) return;
            HttpSession session = idlest.get();
            sessions.remove(session.getId());
            try {
                session.invalidate();
                evicted++;
            } catch (IllegalStateException alreadyInvalid) {
                // expired or closed meanwhile: nothing to do
            }
        }
    }

    private static long lastAccess(HttpSession session) {
        try {
            return session.getLastAccessedTime();
        } catch (IllegalStateException invalid) {
            return Long.MIN_VALUE;
        }
    }

    public int max() {
        return max;
    }

    public int open() {
        return sessions.size();
    }

    public long evicted() {
        return evicted;
    }
}
