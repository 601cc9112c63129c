package org.ailandscape.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.unit.DataSize;

class SessionBudgetTest {

    @Test
    void theBudgetIsWhatFitsInTheHeapAfterTheReserve() {
        assertThat(SessionBudget.budget(DataSize.ofMegabytes(512).toBytes(), DataSize.ofMegabytes(128), DataSize.ofKilobytes(256)))
                .isEqualTo(1536);
        // never below a floor, even on a tiny heap
        assertThat(SessionBudget.budget(DataSize.ofMegabytes(64).toBytes(), DataSize.ofMegabytes(128), DataSize.ofKilobytes(256)))
                .isEqualTo(100);
    }

    @Test
    void pastTheBudgetTheLeastRecentlyActiveSessionIsClosed() throws Exception {
        SessionBudget budget = new SessionBudget(2, DataSize.ofMegabytes(1), DataSize.ofKilobytes(1));
        MockHttpSession oldest = new MockHttpSession(null, "oldest");
        MockHttpSession middle = new MockHttpSession(null, "middle");
        budget.sessionCreated(new HttpSessionEvent(oldest));
        Thread.sleep(5);
        budget.sessionCreated(new HttpSessionEvent(middle));
        Thread.sleep(5);
        oldest.access(); // the oldest session is the most recently active now
        Thread.sleep(5);
        MockHttpSession newest = new MockHttpSession(null, "newest");
        budget.sessionCreated(new HttpSessionEvent(newest));

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!middle.isInvalid() && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(middle.isInvalid()).as("the idlest session is closed").isTrue();
        assertThat(oldest.isInvalid()).isFalse();
        assertThat(newest.isInvalid()).isFalse();
        assertThat(budget.open()).isEqualTo(2);
        assertThat(budget.evicted()).isEqualTo(1);
    }

    @Test
    void underHeapPressureTheIdlestTenthIsClosed() throws Exception {
        SessionBudget budget = new SessionBudget(1000, DataSize.ofMegabytes(1), DataSize.ofKilobytes(1));
        java.util.List<MockHttpSession> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            MockHttpSession session = new MockHttpSession(null, "s" + i);
            sessions.add(session);
            budget.sessionCreated(new HttpSessionEvent(session));
            Thread.sleep(2);
        }
        for (int i = 2; i < 20; i++) sessions.get(i).access(); // s0 and s1 are the idlest

        budget.evictUnderPressure();

        assertThat(sessions.get(0).isInvalid()).isTrue();
        assertThat(sessions.get(1).isInvalid()).isTrue();
        assertThat(sessions.subList(2, 20)).noneMatch(MockHttpSession::isInvalid);
        assertThat(budget.open()).isEqualTo(18);
    }
}
