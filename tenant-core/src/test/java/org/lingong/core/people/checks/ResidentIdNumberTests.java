package org.lingong.core.people.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lingong.core.people.checks.ResidentIdNumber.Problem;

class ResidentIdNumberTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** A number with a correct check character, computed by the code under test and cross-checked below. */
    static String valid(String address, String birth, String sequence) {
        String first17 = address + birth + sequence;
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    @Test
    void theStandardsOwnExamplesPass() {
        // GB 11643-1999, appendix: 北京市朝阳区 1949-12-31 (check character X) and 广东省揭西县 1880-01-01.
        assertThat(ResidentIdNumber.check("11010519491231002X", TODAY)).isEmpty();
        assertThat(ResidentIdNumber.check("440524188001010014", TODAY)).isEmpty();
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void aGeneratedNumberPassesAndALowerCaseXIsNormalized() {
        String number = valid("321302", "19900307", "123");
        assertThat(ResidentIdNumber.checkWorker(number, TODAY)).isEmpty();
        assertThat(ResidentIdNumber.normalize(" 11010519491231002x ")).isEqualTo("11010519491231002X");
    }

    @Test
    void aWrongCheckCharacterIsFound() {
        assertThat(ResidentIdNumber.check("110105194912310021", TODAY)).contains(Problem.CHECK_DIGIT);
        String number = valid("321302", "19900307", "123");
        char wrong = number.charAt(17) == '0' ? '1' : '0';
        assertThat(ResidentIdNumber.check(number.substring(0, 17) + wrong, TODAY)).contains(Problem.CHECK_DIGIT);
    }

    @Test
    void birthDatesMustExistAndNotLieInTheFuture() {
        assertThat(ResidentIdNumber.check(valid("321302", "20301001", "123"), TODAY)).contains(Problem.BIRTH_DATE);
        assertThat(ResidentIdNumber.check(valid("321302", "19900230", "123"), TODAY)).contains(Problem.BIRTH_DATE);
        assertThat(ResidentIdNumber.check(valid("321302", "19901301", "123"), TODAY)).contains(Problem.BIRTH_DATE);
        assertThat(ResidentIdNumber.check(valid("321302", "20261123", "123"), TODAY)).isEmpty();
    }

    @Test
    void theAddressCodeMustStartWithAProvince() {
        assertThat(ResidentIdNumber.check(valid("991302", "19900307", "123"), TODAY)).contains(Problem.PROVINCE);
        assertThat(ResidentIdNumber.check(valid("001302", "19900307", "123"), TODAY)).contains(Problem.PROVINCE);
        assertThat(ResidentIdNumber.check(valid("650102", "19900307", "123"), TODAY)).isEmpty();
    }

    @Test
    void onlyEighteenCharactersWithXLast() {
        assertThat(ResidentIdNumber.check("32130219900307123", TODAY)).contains(Problem.FORMAT);
        assertThat(ResidentIdNumber.check("3213021990030712345", TODAY)).contains(Problem.FORMAT);
        assertThat(ResidentIdNumber.check("3213021990030712X4", TODAY)).contains(Problem.FORMAT);
        assertThat(ResidentIdNumber.check("32130219900307123a", TODAY)).contains(Problem.FORMAT);
        // 15-digit first-generation numbers are no longer valid documents.
        assertThat(ResidentIdNumber.check("110105491231002", TODAY)).contains(Problem.FORMAT);
    }

    @Test
    void workersAreSixteenToEighty() {
        assertThat(ResidentIdNumber.checkWorker(valid("321302", "20101123", "123"), TODAY)).isEmpty();
        assertThat(ResidentIdNumber.checkWorker(valid("321302", "20101124", "123"), TODAY)).contains(Problem.AGE);
        assertThat(ResidentIdNumber.checkWorker(valid("321302", "19451124", "123"), TODAY)).isEmpty();
        assertThat(ResidentIdNumber.checkWorker(valid("321302", "19451123", "123"), TODAY)).contains(Problem.AGE);
        assertThat(ResidentIdNumber.checkWorker("440524188001010014", TODAY)).contains(Problem.AGE);
    }

    @Test
    void maskingKeepsTheFirstAndLastFour() {
        assertThat(ResidentIdNumber.mask("321302199003071234")).isEqualTo("3****************4");
    }
}
