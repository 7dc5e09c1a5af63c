package org.lingong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.lingong.core.insurance.InsuranceType;
import org.lingong.core.insurance.PremiumPayer;
import org.lingong.core.jobs.WageUnit;

/**
 * The contract document's own labels are Chinese only, and exist for every wage unit, contract status and insurance
 * term.
 */
class ContractMessagesTests {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = new InputStreamReader(ContractMessagesTests.class.getResourceAsStream("/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void theDocumentHasEveryLabelInChineseOnly() throws IOException {
        Properties zh = bundle("messages-contracts.properties");
        // The contract document is Chinese in every locale; the feature's problems are in the platform's catalogue.
        assertThat(bundle("messages-contracts_en.properties")).isEmpty();
        assertThat(zh.stringPropertyNames())
                .containsAll(Arrays.stream(WageUnit.values()).map(u -> "contracts.wage-unit." + u.name()).toList())
                .containsAll(Arrays.stream(ContractStatus.values()).map(s -> "contracts.pdf.status." + s.name()).toList())
                .containsAll(Arrays.stream(InsuranceType.values()).map(t -> "contracts.insurance-type." + t.name()).toList())
                .containsAll(Arrays.stream(PremiumPayer.values()).map(p -> "contracts.insurance-payer." + p.name()).toList());
    }
}
