package org.ailandscape.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MalformedQueryGuardTest {

    @Test
    void pairsThatDoNotDecodeAreDroppedAndTheRestKept() {
        assertThat(MalformedQueryGuard.clean("lang=%ZZ&faq=rlhf")).isEqualTo("faq=rlhf");
        assertThat(MalformedQueryGuard.clean("q=%&lang=zh&%%%=x&sort=scale-desc")).isEqualTo("lang=zh&sort=scale-desc");
        assertThat(MalformedQueryGuard.clean("q=%E4%BD%A0%25")).isEqualTo("q=%E4%BD%A0%25");
        assertThat(MalformedQueryGuard.clean("%ZZ")).isEmpty();
    }

    @Test
    void escapesThatSpellNoUtf8AreDroppedToo() {
        assertThat(MalformedQueryGuard.clean("find=%C0%AF&lang=zh&q=%FF")).isEqualTo("lang=zh");
        assertThat(MalformedQueryGuard.decodes("q=%E4%BD%A0%F0%9F%98%80")).isTrue();
        assertThat(MalformedQueryGuard.decodes("q=%ED%A0%80")).as("a lone surrogate").isFalse();
    }

    @Test
    void theKeptPairsDecodeAsTheContainerWould() {
        var parameters = MalformedQueryGuard.parse("q=%E4%BD%A0+x&layers=models&layers=data&flag");
        assertThat(parameters.get("q")).containsExactly("你 x");
        assertThat(parameters.get("layers")).containsExactly("models", "data");
        assertThat(parameters.get("flag")).containsExactly("");
    }
}
