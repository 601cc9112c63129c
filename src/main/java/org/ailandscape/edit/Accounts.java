package org.ailandscape.edit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.ailandscape.report.archive.ArchiveUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The editor's accounts for Spring Security: read from the version store, locked for
 * {@code report.editor.lock} after {@code report.editor.max-failures} failed sign-ins in a row, and
 * every sign-in (good, failed or refused for a lock) and sign-out recorded in the audit. The account
 * {@code admin} (a publisher) is created from {@code report.admin-password} ({@code REPORT_ADMIN_PASSWORD})
 * once the application is ready, if it does not exist; the password is never logged.
 */
@Component
class Accounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    static final String ADMIN = "admin";

    private final EditorStore store;
    private final PasswordEncoder passwords;
    private final String adminPassword;
    private final int maxFailures;
    private final Duration lock;
    private final Clock clock = Clock.systemUTC();

    Accounts(EditorStore store, PasswordEncoder passwords, @Value("${report.admin-password:}") String adminPassword,
            @Value("${report.editor.max-failures:5}") int maxFailures, @Value("${report.editor.lock:15m}") Duration lock) {
        this.store = store;
        this.passwords = passwords;
        this.adminPassword = adminPassword;
        this.maxFailures = maxFailures;
        this.lock = lock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Optional<Account> account;
        try {
            account = store.account(username);
        } catch (ArchiveUnavailableException e) {
            throw new org.springframework.security.authentication.InternalAuthenticationServiceException("the version store cannot be reached", e);
        }
        Account found = account.orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(found.username()).password(found.passwordHash())
                .roles(found.role().roles().toArray(String[]::new))
                .accountLocked(found.lockedAt(clock.instant()))
                .build();
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String name = event.getAuthentication().getName();
        store.signedIn(name);
        store.audit(clock.instant(), name, AuditEvent.SIGN_IN, "account " + name, "", "");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String name = String.valueOf(event.getAuthentication().getName());
        Instant now = clock.instant();
        try {
            if (event.getException() instanceof LockedException) {
                store.audit(now, name, AuditEvent.SIGN_IN_LOCKED, "account " + name, "refused: the account is locked", "");
                return;
            }
            boolean locked = store.failedSignIn(name, maxFailures, now.plus(lock));
            store.audit(now, name, AuditEvent.SIGN_IN_FAILED, "account " + name,
                    locked ? "wrong password; locked for " + lock.toMinutes() + " min after " + maxFailures + " failures" : "wrong user name or password", "");
        } catch (ArchiveUnavailableException e) {
            log.warn("A failed sign-in could not be recorded: {}", e.getMessage());
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String name = event.getAuthentication().getName();
        store.audit(clock.instant(), name, AuditEvent.SIGN_OUT, "account " + name, "", "");
    }

    /** The first account, so that someone can sign in and make the others. Retried while the store cannot be reached. */
    @EventListener(ApplicationReadyEvent.class)
    void seedAdmin() {
        if (adminPassword.isBlank()) {
            log.info("No REPORT_ADMIN_PASSWORD: the editor's account '{}' is not created (set it to sign in at /login the first time)", ADMIN);
            return;
        }
        Thread seeding = new Thread(() -> {
            for (int attempt = 0; attempt < 60; attempt++) {
                try {
                    Instant now = clock.instant();
                    boolean created = store.inTransaction(() -> {
                        boolean added = store.addAccount(ADMIN, passwords.encode(adminPassword), Role.PUBLISHER, now, "REPORT_ADMIN_PASSWORD");
                        if (added) store.audit(now, "REPORT_ADMIN_PASSWORD", AuditEvent.ACCOUNT_CREATED, "account " + ADMIN, "role publisher", "seeded at startup");
                        return added;
                    });
                    log.info(created ? "The editor's account '{}' was created from REPORT_ADMIN_PASSWORD" : "The editor's account '{}' exists; REPORT_ADMIN_PASSWORD does not change it", ADMIN);
                    return;
                } catch (ArchiveUnavailableException e) {
                    try {
                        Thread.sleep(5_000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            log.warn("The editor's account '{}' could not be created: the version store did not answer", ADMIN);
        }, "editor-admin-seed");
        seeding.setDaemon(true);
        seeding.start();
    }
}
