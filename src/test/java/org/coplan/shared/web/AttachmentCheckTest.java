package org.coplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.coplan.shared.web.AttachmentCheck.Problem;
import org.coplan.support.PlanFixtures;
import org.coplan.support.ZipBombs;
import org.junit.jupiter.api.Test;

class AttachmentCheckTest {

    static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void pdfWordDocumentsAndImagesAreAcceptedWithTheTypeReadFromTheirContent() throws IOException {
        assertThat(AttachmentCheck.check("report.pdf", PlanFixtures.PDF).mediaType()).isEqualTo("application/pdf");
        assertThat(AttachmentCheck.check("drawing.PNG", image("png")).mediaType()).isEqualTo("image/png");
        assertThat(AttachmentCheck.check("photo.jpeg", image("jpg")).mediaType()).isEqualTo("image/jpeg");
        assertThat(AttachmentCheck.check("photo.jpg", image("jpg")).accepted()).isTrue();
        assertThat(AttachmentCheck.check("letter.docx", zip("[Content_Types].xml", "word/document.xml")).mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aFileWhoseContentDoesNotMatchItsNameIsRefused() throws IOException {
        assertThat(AttachmentCheck.check("report.pdf", image("png")).problem()).isEqualTo(Problem.CONTENT_DOES_NOT_MATCH_NAME);
        assertThat(AttachmentCheck.check("photo.png", PlanFixtures.PDF).problem()).isEqualTo(Problem.CONTENT_DOES_NOT_MATCH_NAME);
        byte[] program = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        assertThat(AttachmentCheck.check("notes.docx", program).problem()).isEqualTo(Problem.CONTENT_DOES_NOT_MATCH_NAME);
        assertThat(AttachmentCheck.check("notes.docx", zip("something/else.xml")).problem()).isEqualTo(Problem.CONTENT_DOES_NOT_MATCH_NAME);
        assertThat(AttachmentCheck.check("notes.pdf", "just some text".getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo(Problem.CONTENT_DOES_NOT_MATCH_NAME);
    }

    @Test
    void otherTypesEmptyFilesAndFilesOverTenMegabytesAreRefused() {
        assertThat(AttachmentCheck.check("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)).problem()).isEqualTo(Problem.TYPE_NOT_ALLOWED);
        assertThat(AttachmentCheck.check("run.exe", new byte[] {'M', 'Z'}).problem()).isEqualTo(Problem.TYPE_NOT_ALLOWED);
        assertThat(AttachmentCheck.check("noname", PlanFixtures.PDF).problem()).isEqualTo(Problem.TYPE_NOT_ALLOWED);
        assertThat(AttachmentCheck.check("empty.pdf", new byte[0]).problem()).isEqualTo(Problem.EMPTY);
        byte[] big = new byte[AttachmentCheck.MAX_BYTES + 1];
        System.arraycopy(PlanFixtures.PDF, 0, big, 0, PlanFixtures.PDF.length);
        assertThat(AttachmentCheck.check("big.pdf", big).problem()).isEqualTo(Problem.TOO_LARGE);
        byte[] limit = new byte[AttachmentCheck.MAX_BYTES];
        System.arraycopy(PlanFixtures.PDF, 0, limit, 0, PlanFixtures.PDF.length);
        assertThat(AttachmentCheck.check("limit.pdf", limit).accepted()).isTrue();
    }

    @Test
    void aWordDocumentThatUnpacksToGibibytesIsRefusedWithinASecond() throws IOException {
        byte[] bomb = ZipBombs.wordDocumentOfTwoGibibytes();
        assertThat(bomb.length).isLessThan(AttachmentCheck.MAX_BYTES);
        AttachmentCheck.check("first.pdf", PlanFixtures.PDF); // loads the type detector, once per application
        long started = System.nanoTime();
        AttachmentCheck.Result result = AttachmentCheck.check("report.docx", bomb);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(result.problem()).isEqualTo(Problem.TOO_LARGE_WHEN_OPENED);
        assertThat(millis).as("milliseconds to refuse a %d-byte file that unpacks to 2 GiB", bomb.length).isLessThan(2_000);
        System.out.printf("Zip bomb of %d bytes refused in %d ms%n", bomb.length, millis);
    }

    @Test
    void aWordDocumentOfManyEntriesOrAHundredfoldRatioIsRefused() throws IOException {
        String[] many = new String[AttachmentCheck.MAX_ENTRIES + 1];
        many[0] = "word/document.xml";
        for (int i = 1; i < many.length; i++) {
            many[i] = "word/part" + i + ".xml";
        }
        assertThat(AttachmentCheck.check("many.docx", zip(many)).problem()).isEqualTo(Problem.TOO_LARGE_WHEN_OPENED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[5 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(5 * 1024 * 1024 / AttachmentCheck.MAX_RATIO);
        assertThat(AttachmentCheck.check("ratio.docx", out.toByteArray()).problem()).isEqualTo(Problem.TOO_LARGE_WHEN_OPENED);
    }

    @Test
    void bidirectionalControlsAreRemovedFromNames() {
        assertThat(AttachmentCheck.safeName("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        assertThat(AttachmentCheck.safeName("\u2066a\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202Db\u0085.pdf")).isEqualTo("ab.pdf");
    }

    @Test
    void theStoredNameHasNoFolderQuotesOrControlCharacters() {
        assertThat(AttachmentCheck.safeName("C:\\Users\\me\\report.pdf")).isEqualTo("report.pdf");
        assertThat(AttachmentCheck.safeName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(AttachmentCheck.safeName("a\"b\r\nc.pdf")).isEqualTo("abc.pdf");
        assertThat(AttachmentCheck.safeName("x".repeat(300) + ".pdf")).hasSize(150).endsWith(".pdf");
        assertThat(AttachmentCheck.safeName("")).isEqualTo("attachment");
    }
}
