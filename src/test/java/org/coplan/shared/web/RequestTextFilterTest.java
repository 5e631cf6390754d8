package org.coplan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestTextFilterTest {

    private static final String BOUNDARY = "----coplan-test";

    private static MockHttpServletRequest multipart(String text, String fileName, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + text + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/form");
        request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
        request.setCharacterEncoding("UTF-8");
        request.setContent(body.toByteArray());
        return request;
    }

    private static HttpServletRequest filtered(RequestTextFilter filter, MockHttpServletRequest request, MockHttpServletResponse response)
            throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, response, new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                seen.set((HttpServletRequest) req);
            }
        });
        return seen.get();
    }

    @Test
    void controlCharactersAreRemovedFromFormValuesButTabsLineBreaksAndPasswordsAreKept() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/form");
        request.addParameter("body", "a\u0000b\u0007c\td\r\ne\u0085f\u001bg");
        request.addParameter("newPassword", "pass\u0000word");
        HttpServletRequest seen = filtered(new RequestTextFilter(1024), request, new MockHttpServletResponse());
        assertThat(seen.getParameter("body")).isEqualTo("abc\td\r\nefg");
        assertThat(seen.getParameterValues("body")).containsExactly("abc\td\r\nefg");
        assertThat(seen.getParameterMap().get("body")).containsExactly("abc\td\r\nefg");
        assertThat(seen.getParameter("newPassword")).isEqualTo("pass\u0000word");
    }

    @Test
    void aFileOverTheLimitKeepsOneByteMoreAndTheTextAroundItArrivesCleaned() throws Exception {
        byte[] big = new byte[RequestTextFilter.MAX_FILE_BYTES + 5000];
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServletRequest seen = filtered(new RequestTextFilter(64L * 1024 * 1024),
                multipart("typed\u0000 text", "big.pdf", big), response);
        assertThat(seen.getParameter("body")).isEqualTo("typed text");
        Part file = seen.getPart("file");
        assertThat(file.getSubmittedFileName()).isEqualTo("big.pdf");
        assertThat(file.getSize()).isEqualTo(RequestTextFilter.MAX_FILE_BYTES + 1);
        assertThat(file.getHeader("Content-Disposition")).contains("filename=\"big.pdf\"");
    }

    @Test
    void aRequestOverTheWholeLimitIsRefusedAsTooLarge() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServletRequest seen = filtered(new RequestTextFilter(1000), multipart("typed", "big.pdf", new byte[5000]), response);
        assertThat(seen).isNull();
        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void fileNamesLoseBidirectionalControls() {
        assertThat(ControlCharacters.stripFromFileName("invoice\u202Egnp.pdf")).isEqualTo("invoicegnp.pdf");
        assertThat(ControlCharacters.strip("kept\u202Ein text")).isEqualTo("kept\u202Ein text");
    }
}
