package org.lingong.admin.branding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrandTests {

    @Test
    void onlyWellFormedColoursAreWorn() {
        assertThat(Brand.colour("#c8102e")).contains("#C8102E");
        assertThat(Brand.colour("red")).isEmpty();
        assertThat(Brand.colour("#C8102E; background: url(x)")).isEmpty();
        assertThat(Brand.colour(null)).isEmpty();
    }

    @Test
    void translucentShadesKeepTheColour() {
        assertThat(Brand.translucent("#C8102E", 0.5)).isEqualTo("rgba(200, 16, 46, 0.5)");
        assertThat(Brand.translucent("#0B5FA5", 0.1)).isEqualTo("rgba(11, 95, 165, 0.1)");
    }
}
