package org.ailandscape.web;

import org.ailandscape.report.ReportStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Ready once the version store has been asked for the first time, so that a balancer sends readers to an
 * instance only when it serves the store's latest version. The first look runs beside the rest of the
 * startup and is bounded by the pool's connection timeout: a store that is down delays readiness by that
 * much at most, and the instance is then ready, serving the latest data from memory.
 */
@Component("versionStore")
class VersionStoreReadiness implements HealthIndicator {

    private final ReportStore store;

    VersionStoreReadiness(ReportStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        if (!store.firstLookDone()) return Health.outOfService().withDetail("store", "looking for the latest version").build();
        String problem = store.storeProblem();
        // Down is not unready: the page serves the latest data from memory.
        return problem == null ? Health.up().build() : Health.up().withDetail("store", "unavailable; older versions cannot be read for now").build();
    }
}
