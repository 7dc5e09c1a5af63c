package org.lingong.core.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.core.contracts.ContractWorld.expect;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lingong.core.Api;
import org.lingong.core.TenantCoreTests;
import org.lingong.core.people.KeycloakTestUsers;

/** The signed contract as a PDF: its Chinese text extractable, the parties and signatures shown, the CJK font embedded. */
class ContractPdfTests extends TenantCoreTests {

    private static final KeycloakTestUsers USERS = new KeycloakTestUsers();

    @AfterAll
    static void deleteUsers() {
        USERS.close();
    }

    @Test
    void theSignedContractPdfHasTheChineseTermsThePartiesAndAnEmbeddedFont() throws Exception {
        ContractWorld world = new ContractWorld(api(), USERS);
        String hash = world.signedByBoth();

        HttpResponse<byte[]> response = download(world, world.employer);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        byte[] pdf = response.body();
        // Kept under target/ for a look: pdftoppm -png -r 80 target/contract-sample.pdf target/contract-sample
        Files.write(Path.of("target", "contract-sample.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("零工服务协议通用条款", "第三条服务报酬及支付", "180.00元/天", "劳动人事争议仲裁委员会",
                    "甲方（用工方）：" + ContractWorld.LEGAL_NAME, "乙方（零工人员）：张**", "双方已签署", hash)
                    .doesNotContain("张三丰", ContractWorld.ID_NUMBER_17);
            List<PDFont> fonts = fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSansCJKsc");
            });
        }
        assertThat(pdf.length).as("a font subset, not the whole 20 MB collection").isLessThan(1_000_000);
    }

    @Test
    void outsidersGetNoPdf() throws Exception {
        ContractWorld world = new ContractWorld(api(), USERS);
        String stranger = Api.userToken(USERS.create(world.city + "-x", "employer", world.city),
                KeycloakTestUsers.PASSWORD);
        assertThat(download(world, stranger).statusCode()).isEqualTo(404);
        expect(world.get("/contract", world.worker), 200);
    }

    private HttpResponse<byte[]> download(ContractWorld world, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + world.path("/contract.pdf")))
                .header("Authorization", "Bearer " + token).header("X-Lingong-Tenant", world.city).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
