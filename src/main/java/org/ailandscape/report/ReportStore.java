package org.ailandscape.report;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.ailandscape.report.model.Report;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the one current {@link Report}. With an external data folder configured
 * ({@code report.data-dir} / {@code REPORT_DATA_DIR}) it watches that folder: a changed file is
 * validated and the new report swapped in atomically; a bad edit is refused, logged with file, path
 * and reason, and the last good report keeps serving.
 */
@Component
public class ReportStore implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportStore.class);
    static final Duration SETTLE = Duration.ofMillis(300);

    /** How many earlier snapshots are kept, for pages opened before an edit (a few per day at most). */
    static final int RECENT = 8;

    private final AtomicReference<ReportSnapshot> current = new AtomicReference<>();
    private final java.util.Deque<ReportSnapshot> recent = new java.util.concurrent.ConcurrentLinkedDeque<>();
    /** Every snapshot still in use somewhere (an open page holds its own), by version. */
    private final Map<String, WeakReference<ReportSnapshot>> inUse = new ConcurrentHashMap<>();
    private final AtomicReference<@Nullable InvalidDataException> lastRefusal = new AtomicReference<>();
    private final CopyOnWriteArrayList<Consumer<Report>> listeners = new CopyOnWriteArrayList<>();
    private final DataFolder folder;
    private final @Nullable Path watched;
    private @Nullable WatchService watchService;
    private @Nullable ScheduledExecutorService executor;
    private @Nullable ScheduledFuture<?> pending;

    public ReportStore(@Value("${report.data-dir:}") String dataDir) throws IOException {
        this.watched = dataDir.isBlank() ? null : Path.of(dataDir).toAbsolutePath().normalize();
        this.folder = watched == null ? DataFolder.bundled() : DataFolder.of(watched);
        current.set(remembered(ReportLoader.loadSnapshot(folder)));
        log.info("Report data loaded from {}", folder.describe());
        if (watched != null) watch(watched);
    }

    /** The report now serving. Never null, never half-updated. */
    public Report report() {
        return current.get().report();
    }

    /** The snapshot now serving: the report, its version and what is derived from it. */
    public ReportSnapshot snapshot() {
        return current.get();
    }

    /**
     * The snapshot of a version: the current one, one of the few before it, or an older one that an
     * open page still shows.
     */
    public java.util.Optional<ReportSnapshot> snapshot(String version) {
        ReportSnapshot now = current.get();
        if (now.version().equals(version)) return java.util.Optional.of(now);
        java.util.Optional<ReportSnapshot> held = recent.stream().filter(s -> s.version().equals(version)).findFirst();
        if (held.isPresent()) return held;
        WeakReference<ReportSnapshot> used = inUse.get(version);
        return java.util.Optional.ofNullable(used == null ? null : used.get());
    }

    private ReportSnapshot remembered(ReportSnapshot snapshot) {
        inUse.values().removeIf(reference -> reference.get() == null);
        inUse.put(snapshot.version(), new WeakReference<>(snapshot));
        return snapshot;
    }

    /** Why the last change to the watched folder was refused, if it was (cleared by a good change). */
    public @Nullable InvalidDataException lastRefusal() {
        return lastRefusal.get();
    }

    /** Called with each newly accepted report. */
    public void addListener(Consumer<Report> listener) {
        listeners.add(listener);
    }

    /** Reads the folder again now: swaps in the new report if valid, else keeps the current one. */
    public synchronized boolean reload() {
        try {
            ReportSnapshot fresh = ReportLoader.loadSnapshot(folder);
            lastRefusal.set(null);
            if (fresh.version().equals(current.get().version())) return true; // the same data: nothing changes
            recent.addFirst(current.getAndSet(remembered(fresh)));
            while (recent.size() > RECENT) recent.pollLast();
            log.info("Report data reloaded from {} (version {})", folder.describe(), fresh.version());
            listeners.forEach(l -> l.accept(fresh.report()));
            return true;
        } catch (InvalidDataException e) {
            lastRefusal.set(e);
            log.warn("{}\nThe last good data keeps serving.", e.getMessage());
            return false;
        }
    }

    private void watch(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) throw new IOException("report.data-dir is not a folder: " + directory);
        WatchService service = directory.getFileSystem().newWatchService();
        directory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        watchService = service;
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "report-data-reload");
            thread.setDaemon(true);
            return thread;
        });
        executor = scheduler;
        Thread poller = new Thread(() -> pollForever(service, scheduler), "report-data-watcher");
        poller.setDaemon(true);
        poller.start();
        log.info("Watching {} for edits", directory);
    }

    private void pollForever(WatchService service, ScheduledExecutorService scheduler) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    Object context = event.context();
                    relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
                            || (context instanceof Path name && concernsData(name.toString()));
                }
                key.reset();
                if (relevant) scheduleReload(scheduler);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A data file, or a mounted Kubernetes ConfigMap or Secret being updated: there the visible files
     * are symlinks through {@code ..data}, which the kubelet swaps atomically for a new
     * {@code ..<timestamp>} folder, so no event names a data file. The settling delay makes one reload
     * of that burst.
     */
    static boolean concernsData(String name) {
        return DataFile.isDataFile(name) || name.startsWith("..");
    }

    /** An editor writes a file in several steps: wait until the folder has settled, then reload once. */
    private synchronized void scheduleReload(ScheduledExecutorService scheduler) {
        if (pending != null) pending.cancel(false);
        pending = scheduler.schedule(this::reload, SETTLE.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() throws IOException {
        if (watchService != null) watchService.close();
        if (executor != null) executor.shutdownNow();
    }
}
