package org.lingong.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTests {

    @Test
    void theFamilyNameStays() {
        assertThat(Names.mask("张三丰")).isEqualTo("张**");
        assertThat(Names.mask("李四")).isEqualTo("李*");
        assertThat(Names.mask("王")).isEqualTo("王*");
        assertThat(Names.mask("𠀋一")).isEqualTo("𠀋*");
    }
}
