package org.lingong.core.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.lingong.common.problem.ProblemException;
import org.lingong.common.problem.ProblemType;
import org.springframework.http.HttpStatus;

/** The configured CJK font: a missing file is a clear 503 naming it; a collection's face is chosen by name. */
class ChineseFontTests {

    private static final Path NOTO = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    @Test
    void aMissingFontIsAClearServiceUnavailableProblem() {
        ChineseFont font = new ChineseFont(Path.of("/nonexistent/NotoSansCJK-Regular.ttc"), "NotoSansCJKsc-Regular");
        assertThatThrownBy(font::get).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(e.type()).isEqualTo(ProblemType.CONTRACT_FONT_MISSING);
            assertThat(e.arguments()).containsExactly("/nonexistent/NotoSansCJK-Regular.ttc");
        });
    }

    @Test
    void theSimplifiedChineseFaceOfTheCollectionIsLoaded() {
        assertThat(new ChineseFont(NOTO, "NotoSansCJKsc-Regular").get().getPostscriptFontName())
                .isEqualTo("NotoSansCJKsc-Regular");
        assertThat(new ChineseFont(NOTO, "NotoSansCJKtc-Regular").get().getPostscriptFontName())
                .isEqualTo("NotoSansCJKtc-Regular");
    }

    @Test
    void aFaceTheCollectionLacksIsNamedInTheError() {
        assertThatThrownBy(() -> new ChineseFont(NOTO, "SimSun").get()).hasMessageContaining("SimSun");
    }
}
