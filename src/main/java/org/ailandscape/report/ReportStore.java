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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.ailandscape.report.archive.ArchiveUnavailableException;
import org.ailandscape.report.archive.AttributedChange;
import org.ailandscape.report.archive.DatasetDiff;
import org.ailandscape.report.archive.FieldChange;
import org.ailandscape.report.archive.StoredVersion;
import org.ailandscape.report.archive.VersionArchive;
import org.ailandscape.report.archive.VersionHistory;
import org.ailandscape.report.model.Report;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds the one current {@link Report}. With an external data folder configured
 * ({@code report.data-dir} / {@code REPORT_DATA_DIR}) it watches that folder: a changed file is
 * validated and the new report swapped in atomically; a bad edit is refused, logged with file, path
 * and reason, and the last good report keeps serving.
 *
 * <p>With a {@link VersionArchive version store}, every accepted dataset is kept there: the one this
 * instance starts with (published only if the store has not seen it), and each edit of the folder
 * (published, author {@code file}). The store's latest publication is what every instance serves: each
 * looks for a newer one every {@code report.store.poll}. Any version can be asked for by its id. The
 * store being down never stops the page: the latest data serves from memory, what could not be written
 * waits and is written when the store is back, and only older versions are unavailable meanwhile.
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
    private final @Nullable VersionArchive archive;
    /** The files of the current version and of the few asked for most recently (changes are computed from them). */
    private final AtomicReference<LoadedData> currentData = new AtomicReference<>();
    private final Map<String, LoadedData> archived = java.util.Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LoadedData> eldest) {
            return size() > RECENT;
        }
    });
    /** Datasets accepted while the store could not be written, oldest first. */
    private final java.util.Deque<Pending> unwritten = new ConcurrentLinkedDeque<>();
    private final AtomicReference<@Nullable String> storeProblem = new AtomicReference<>();
    private final AtomicReference<@Nullable VersionHistory> history = new AtomicReference<>();
    private @Nullable ScheduledExecutorService poller;
    /** Done once the store has been asked for the first time (answered or not). */
    private final java.util.concurrent.CompletableFuture<@Nullable Void> firstSynchronised = new java.util.concurrent.CompletableFuture<>();

    private record Pending(LoadedData data, String author, String note, Instant at, VersionArchive.Publish rule) {}
    private @Nullable WatchService watchService;
    private @Nullable ScheduledExecutorService executor;
    private @Nullable ScheduledFuture<?> pending;

    /** A store of the folder's data alone, in memory (no version store). */
    public ReportStore(String dataDir) throws IOException {
        this(dataDir, (VersionArchive) null, Duration.ZERO);
    }

    @Autowired
    public ReportStore(@Value("${report.data-dir:}") String dataDir, ObjectProvider<VersionArchive> archive,
            @Value("${report.store.poll:2s}") Duration poll) throws IOException {
        this(dataDir, archive.getIfAvailable(), poll);
    }

    public ReportStore(String dataDir, @Nullable VersionArchive archive, Duration poll) throws IOException {
        this.watched = dataDir.isBlank() ? null : Path.of(dataDir).toAbsolutePath().normalize();
        this.folder = watched == null ? DataFolder.bundled() : DataFolder.of(watched);
        this.archive = archive;
        LoadedData loaded = ReportLoader.loadData(folder);
        currentData.set(loaded);
        current.set(remembered(loaded.snapshot()));
        log.info("Report data loaded from {}", folder.describe());
        if (archive != null) {
            unwritten.add(new Pending(loaded, watched == null ? StoredVersion.BUNDLE : StoredVersion.FILE, "", Instant.now(), VersionArchive.Publish.IF_NEW));
            if (poll.isZero() || poll.isNegative()) {
                synchronise();
                firstSynchronised.complete(null);
            } else {
                // The first look at the store runs beside the rest of the startup (the pool, Flyway and H2 take about
                // a second); the readiness check waits for it (VersionStoreReadiness), the folder's data serves meanwhile.
                pollStore(poll);
            }
        }
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
        ReportSnapshot inUseNow = used == null ? null : used.get();
        if (inUseNow != null) return Optional.of(inUseNow);
        LoadedData kept = archived.get(version);
        return Optional.ofNullable(kept == null ? null : kept.snapshot());
    }

    /** Any version by its short id: held in memory, else read back from the version store. */
    public VersionLookup lookup(String id) {
        Optional<ReportSnapshot> held = snapshot(id);
        if (held.isPresent()) return new VersionLookup.Found(held.get());
        if (archive == null) return new VersionLookup.Unknown(id);
        if (storeProblem.get() != null) return new VersionLookup.Unavailable(id, storeProblem.get());
        try {
            return data(id).<VersionLookup>map(d -> new VersionLookup.Found(d.snapshot())).orElseGet(() -> new VersionLookup.Unknown(id));
        } catch (ArchiveUnavailableException e) {
            unavailable(e);
            return new VersionLookup.Unavailable(id, e.getMessage());
        }
    }

    /** The data of a version (its files too), from memory or the store; throws {@link ArchiveUnavailableException}. */
    private Optional<LoadedData> data(String id) {
        LoadedData now = currentData.get();
        if (now.snapshot().version().equals(id)) return Optional.of(now);
        LoadedData kept = archived.get(id);
        if (kept != null) return Optional.of(kept);
        if (archive == null) return Optional.empty();
        Optional<StoredVersion> stored = reachable().version(id);
        if (stored.isEmpty()) return Optional.empty();
        Optional<Map<String, byte[]>> files = reachable().files(id);
        if (files.isEmpty()) return Optional.empty();
        LoadedData read;
        try {
            read = ReportLoader.loadData(DataFolder.ofFiles(files.get(), "version " + id + " in the version store")).dated(stored.get().day());
        } catch (InvalidDataException e) {
            // Kept by an earlier release whose rules were looser: it cannot be shown by this one.
            log.warn("Version {} in the store does not pass this release's checks:\n{}", id, e.getMessage());
            throw new ArchiveUnavailableException("version " + id + " cannot be read by this release", e);
        }
        if (!read.snapshot().version().equals(id)) throw new ArchiveUnavailableException("version " + id + " in the store does not match its hash", null);
        archived.put(id, read);
        return Optional.of(read);
    }

    /** The files of a version as stored (not validated again: for comparing versions); throws {@link ArchiveUnavailableException}. */
    private Optional<Map<String, byte[]>> files(String id) {
        LoadedData now = currentData.get();
        if (now.snapshot().version().equals(id)) return Optional.of(now.files());
        LoadedData kept = archived.get(id);
        if (kept != null) return Optional.of(kept.files());
        return archive == null ? Optional.empty() : reachable().files(id);
    }

    /** Every version the store has, the most recently first published first; empty without a store. */
    public List<StoredVersion> versions() {
        if (archive == null) return List.of();
        return reachable().versions();
    }

    /** The store, unless it was found down (then a poll must find it answering first: no request waits on it meanwhile). */
    private VersionArchive reachable() {
        String problem = storeProblem.get();
        if (problem != null) throw new ArchiveUnavailableException(problem, null);
        return java.util.Objects.requireNonNull(archive);
    }

    /**
     * The changes from a version to the latest, field by field; empty if the store does not know the
     * version. Throws {@link ArchiveUnavailableException} when the store cannot be asked.
     */
    public Optional<List<FieldChange>> changesSince(String id) {
        LoadedData latest = currentData.get();
        return files(id).map(since -> DatasetDiff.between(since, latest.files()));
    }

    /**
     * The changes from a version to the latest, each with the version that made it: the versions
     * published between the two are compared one after the other, and a field is credited to the last one
     * that changed it. Empty if the store does not know the version; throws when it cannot be asked.
     */
    public Optional<List<AttributedChange>> attributedChangesSince(String id) {
        Optional<List<FieldChange>> total = changesSince(id);
        if (total.isEmpty() || archive == null) return total.map(changes -> List.of());
        List<StoredVersion> chain = new ArrayList<>(reachable().versions());
        chain.sort(Comparator.comparing(StoredVersion::published));
        int from = -1;
        int to = -1;
        String latest = current.get().version();
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).id().equals(id)) from = i;
            if (chain.get(i).id().equals(latest)) to = i;
        }
        Map<String, StoredVersion> byPath = new java.util.HashMap<>();
        Map<String, StoredVersion> byFigure = new java.util.HashMap<>();
        if (from >= 0 && to > from) {
            Map<String, byte[]> before = files(id).orElseThrow();
            for (int i = from + 1; i <= to; i++) {
                StoredVersion step = chain.get(i);
                Map<String, byte[]> after = files(step.id()).orElse(before);
                for (FieldChange change : DatasetDiff.between(before, after)) {
                    byPath.put(change.file() + " " + change.path(), step);
                    if (change.figure() != null) byFigure.put(change.file() + " " + change.figure(), step);
                }
                before = after;
            }
        }
        StoredVersion made = to >= 0 ? chain.get(to) : null;
        List<AttributedChange> attributed = new ArrayList<>();
        for (FieldChange change : total.get()) {
            StoredVersion version = byPath.getOrDefault(change.file() + " " + change.path(), byFigure.get(change.file() + " " + change.figure()));
            if (version == null) version = made;
            if (version != null) attributed.add(new AttributedChange(change, version));
        }
        return Optional.of(attributed);
    }

    /**
     * The values of every figure and text item across the versions, for the latest (computed once per
     * latest version). Empty (no entries) when the store cannot be asked.
     */
    public VersionHistory history() {
        String latest = current.get().version();
        VersionHistory known = history.get();
        if (known != null && known.latest().equals(latest)) return known;
        if (archive == null) return VersionHistory.EMPTY;
        try {
            List<StoredVersion> versions = new ArrayList<>(reachable().versions());
            versions.sort(Comparator.comparing(StoredVersion::published));
            List<VersionHistory.Stage> stages = new ArrayList<>();
            for (StoredVersion version : versions) {
                files(version.id()).ifPresent(f -> stages.add(new VersionHistory.Stage(version, f)));
            }
            VersionHistory computed = VersionHistory.of(latest, stages);
            history.set(computed);
            return computed;
        } catch (ArchiveUnavailableException e) {
            return VersionHistory.EMPTY;
        }
    }

    /** Whether the store has been asked once since the start (without a store: at once). */
    public boolean firstLookDone() {
        return archive == null || firstSynchronised.isDone();
    }

    /** Why the version store cannot be used right now, or null when it can (or there is none). */
    public @Nullable String storeProblem() {
        return archive == null ? null : storeProblem.get();
    }

    /** A request found the store down: older versions are unavailable until a poll finds it answering again. */
    public void unavailable(ArchiveUnavailableException e) {
        if (archive != null && storeProblem.getAndSet(e.getMessage()) == null) {
            log.warn("{}. The latest data keeps serving from memory; older versions are unavailable until the store answers.", e.getMessage());
        }
    }

    /** Whether older versions can be read (there is a store and it answers). */
    public boolean archiveAvailable() {
        return archive != null && storeProblem.get() == null;
    }

    /**
     * Writes what waits to be written, then serves the store's latest version if it is not the one
     * serving. Called at startup, after each accepted edit, and every poll; a store that is down is
     * logged once and tried again at the next poll.
     */
    public synchronized void synchronise() {
        if (archive == null) return;
        try {
            Pending next;
            while ((next = unwritten.peek()) != null) {
                StoredVersion stored = archive.record(next.data(), next.author(), next.note(), next.at(), next.rule());
                unwritten.poll();
                redate(stored);
            }
            Optional<StoredVersion> latest = archive.latest();
            if (storeProblem.getAndSet(null) != null) log.info("The version store answers again; older versions are available");
            if (latest.isPresent() && !latest.get().id().equals(current.get().version())) {
                data(latest.get().id()).ifPresent(d -> swapIn(d, "the version store"));
            }
        } catch (ArchiveUnavailableException e) {
            if (storeProblem.getAndSet(e.getMessage()) == null) {
                log.warn("{}. The latest data keeps serving from memory; older versions are unavailable until the store answers.", e.getMessage());
            }
        }
    }

    /** The current version as the store dates it: the day it was first published, not the day its files were written. */
    private void redate(StoredVersion stored) {
        LoadedData now = currentData.get();
        if (!now.snapshot().version().equals(stored.id()) || now.snapshot().dataset().changed().equals(stored.day())) return;
        LoadedData dated = now.dated(stored.day());
        currentData.set(dated);
        current.set(remembered(dated.snapshot()));
    }

    private void swapIn(LoadedData fresh, String from) {
        ReportSnapshot previous = current.get();
        currentData.set(fresh);
        recent.addFirst(current.getAndSet(remembered(fresh.snapshot())));
        while (recent.size() > RECENT) recent.pollLast();
        log.info("Report data now from {} (version {}, before {})", from, fresh.snapshot().version(), previous.version());
        listeners.forEach(l -> l.accept(fresh.snapshot().report()));
    }

    private void pollStore(Duration every) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "report-store-poll");
            thread.setDaemon(true);
            return thread;
        });
        poller = scheduler;
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                synchronise();
            } catch (RuntimeException e) {
                log.warn("Looking for a newer version failed", e);
            } finally {
                firstSynchronised.complete(null);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
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

    /** The data now serving: the report with the files it was read from (what an editor's draft is applied to). */
    public LoadedData currentData() {
        return currentData.get();
    }

    /**
     * Publishes a dataset made in the editor: recorded in the version store as the latest version (with
     * {@code within} run in the same transaction), then served here at once, and written to the data
     * folder if one is watched (so that the folder and the store agree, and a later edit of a file starts
     * from this version). Throws {@link ArchiveUnavailableException} when there is no store or it cannot
     * be written: nothing is published then, and nothing waits to be.
     */
    public synchronized StoredVersion publish(LoadedData fresh, String author, String note, Consumer<StoredVersion> within) {
        StoredVersion stored = reachable().record(fresh, author, note, Instant.now(), VersionArchive.Publish.UNLESS_LATEST, within);
        LoadedData dated = fresh.dated(stored.day());
        if (!current.get().version().equals(dated.snapshot().version())) swapIn(dated, "a publish by " + author);
        if (watched != null) writeFolder(watched, dated.files());
        return stored;
    }

    /** Each changed file written whole (a temporary file moved into place), so the watcher never reads half a file. */
    private static void writeFolder(Path folder, Map<String, byte[]> files) {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            try {
                if (Files.exists(target) && java.util.Arrays.equals(Files.readAllBytes(target), file.getValue())) continue;
                Path temporary = Files.createTempFile(folder, ".publish-", ".tmp");
                Files.write(temporary, file.getValue());
                Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                log.warn("The published version is in the store but could not be written to {}: {}", target, e.getMessage());
            }
        }
    }

    /** Reads the folder again now: swaps in the new report if valid, else keeps the current one. */
    public synchronized boolean reload() {
        try {
            LoadedData fresh = ReportLoader.loadData(folder);
            lastRefusal.set(null);
            if (fresh.snapshot().version().equals(current.get().version())) return true; // the same data: nothing changes
            Optional<StoredVersion> known = Optional.empty();
            if (archive != null && archiveAvailable()) {
                try {
                    known = archive.version(fresh.snapshot().version());
                } catch (ArchiveUnavailableException e) {
                    // written later, by synchronise
                }
            }
            swapIn(known.map(k -> fresh.dated(k.day())).orElse(fresh), folder.describe());
            if (archive != null) {
                unwritten.add(new Pending(fresh, StoredVersion.FILE, "", Instant.now(), VersionArchive.Publish.UNLESS_LATEST));
                synchronise();
            }
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
        if (poller != null) poller.shutdownNow();
    }
}
