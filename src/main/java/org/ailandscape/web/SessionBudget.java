package org.ailandscape.web;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpSession;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
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
 * <p>Two limits, whichever comes first. A count: {@code sessions.max}, or, when that is 0, what fits
 * in the heap after a reserve, {@code (max heap - sessions.heap-reserve) / sessions.heap-per-session}.
 * And the heap itself: when the old generation is still more than {@code sessions.heap-pressure}
 * full right after a collection, the idlest tenth of the sessions is closed. Readers differ in what
 * they cost (one who scrolled through the whole page holds several times the UI of one who read the
 * top), so the count alone cannot keep the heap safe; the pressure limit can.
 */
@Component
public class SessionBudget implements HttpSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(SessionBudget.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final ExecutorService evictor = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("session-budget").factory());
    private final int max;
    private volatile long evicted;
    private @org.jspecify.annotations.Nullable NotificationEmitter emitter;
    private @org.jspecify.annotations.Nullable NotificationListener pressureListener;

    @org.springframework.beans.factory.annotation.Autowired
    public SessionBudget(@Value("${sessions.max:0}") int configuredMax,
            @Value("${sessions.heap-reserve:128MB}") DataSize reserve,
            @Value("${sessions.heap-per-session:160KB}") DataSize perSession,
            @Value("${sessions.heap-pressure:0.9}") double pressure) {
        this.max = configuredMax > 0 ? configuredMax : budget(Runtime.getRuntime().maxMemory(), reserve, perSession);
        LOG.info("Session budget: at most {} open sessions, and fewer when the heap is {}% full after a collection",
                max, Math.round(pressure * 100));
        if (pressure > 0 && pressure < 1) watchHeap(pressure);
    }

    SessionBudget(int max, DataSize reserve, DataSize perSession) {
        this(max, reserve, perSession, 0);
    }

    /** Listens for the old generation staying above the threshold after a collection. */
    private void watchHeap(double pressure) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP || !pool.isCollectionUsageThresholdSupported()) continue;
            long maxBytes = pool.getUsage().getMax();
            if (maxBytes <= 0 || pool.getName().contains("Eden") || pool.getName().contains("Survivor")) continue;
            pool.setCollectionUsageThreshold((long) (maxBytes * pressure));
        }
        emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();
        pressureListener = (notification, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                evictor.execute(this::evictUnderPressure);
            }
        };
        emitter.addNotificationListener(pressureListener, null, null);
    }

    @PreDestroy
    void stop() {
        try {
            if (emitter != null && pressureListener != null) emitter.removeNotificationListener(pressureListener);
        } catch (javax.management.ListenerNotFoundException ignored) {
            // already gone
        }
        evictor.shutdownNow();
    }

    /** The heap is nearly full of sessions: close the idlest tenth. */
    void evictUnderPressure() {
        int target = sessions.size() - Math.max(1, sessions.size() / 10);
        LOG.warn("The heap is nearly full after a collection: closing the {} least recently active of {} sessions",
                sessions.size() - target, sessions.size());
        evictDownTo(target);
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
        evictDownTo(max);
    }

    private void evictDownTo(int target) {
        while (sessions.size() > Math.max(0, target)) {
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
