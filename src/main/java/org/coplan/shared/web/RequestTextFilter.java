package org.coplan.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.fileupload2.core.FileItemHeaders;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The edge every request passes before security and controllers see it.
 *
 * <p>Form values lose NUL and the other control characters (tab and line breaks stay), so no typed
 * text reaches PostgreSQL with a character it cannot store. Fields whose name holds "password" are
 * left exactly as sent: removing a character would change the password, so the password rules refuse
 * control characters instead.
 *
 * <p>Multipart forms are read here as a stream instead of by the servlet container, which would
 * refuse the whole request when a file is too large and lose the typed text with it. Each file keeps
 * at most one byte more than {@link #MAX_FILE_BYTES}, so a page can tell the person their file is too
 * large beside the field; the rest of it is read and thrown away, so the text fields after it still
 * arrive. Only a request larger than the configured maximum is refused outright (413).
 */
public class RequestTextFilter extends OncePerRequestFilter {

    /** The largest file any form accepts. A file part keeps at most one byte more, to show it was larger. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** Far more than any text box allows; a longer value keeps this much and fails the form's own length check. */
    static final int MAX_FIELD_BYTES = 1024 * 1024;

    /** Far more parts than any form has. */
    static final int MAX_PARTS = 1_000;

    /** Files kept per request: each holds up to {@link #MAX_FILE_BYTES} in memory. */
    static final int MAX_FILES = 3;

    private final long maxRequestBytes;

    public RequestTextFilter(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipartForm(request)) {
            chain.doFilter(new CleanRequest(request, null, null), response);
            return;
        }
        Map<String, List<String>> fields = queryParameters(request);
        List<Part> parts = new ArrayList<>();
        try {
            read(request, fields, parts);
        } catch (FileUploadSizeException e) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        } catch (FileUploadException e) {
            if (e.getCause() instanceof FileUploadSizeException) {
                response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            } else {
                response.sendError(HttpStatus.BAD_REQUEST.value());
            }
            return;
        }
        chain.doFilter(new CleanRequest(request, fields, parts), response);
    }

    private void read(HttpServletRequest request, Map<String, List<String>> fields, List<Part> parts) throws IOException {
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        upload.setMaxSize(maxRequestBytes);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        FileItemInputIterator items = upload.getItemIterator(request);
        int files = 0;
        while (items.hasNext()) {
            FileItemInput item = items.next();
            if (parts.size() >= MAX_PARTS) {
                throw new FileUploadException("More than " + MAX_PARTS + " parts");
            }
            try (InputStream in = item.getInputStream()) {
                if (item.isFormField()) {
                    byte[] value = in.readNBytes(MAX_FIELD_BYTES);
                    in.transferTo(OutputStream.nullOutputStream());
                    fields.computeIfAbsent(item.getFieldName(), k -> new ArrayList<>())
                            .add(new String(value, charset(item.getContentType(), request)));
                    parts.add(new HeldPart(item.getFieldName(), null, item.getContentType(), item.getHeaders(), value));
                } else {
                    files++;
                    byte[] kept = files > MAX_FILES ? new byte[0] : in.readNBytes(MAX_FILE_BYTES + 1);
                    in.transferTo(OutputStream.nullOutputStream());
                    if (files <= MAX_FILES) {
                        parts.add(new HeldPart(item.getFieldName(), item.getName(), item.getContentType(), item.getHeaders(), kept));
                    }
                }
            }
        }
    }

    static boolean isMultipartForm(HttpServletRequest request) {
        String type = request.getContentType();
        return !(request instanceof MultipartHttpServletRequest) // already read, as in a test's mock request
                && type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
    }

    private static Charset charset(String contentType, HttpServletRequest request) {
        try {
            if (contentType != null) {
                Charset own = MediaType.parseMediaType(contentType).getCharset();
                if (own != null) {
                    return own;
                }
            }
            return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(request.getCharacterEncoding());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The query string's parameters: asking the container for them would make it read the body itself. */
    private static Map<String, List<String>> queryParameters(HttpServletRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                // a malformed escape: the parameter is left out, as the container would
            }
        }
        return parameters;
    }

    static boolean keptExactly(String name) {
        return name.toLowerCase(Locale.ROOT).contains("password");
    }

    /** The request as controllers see it: cleaned values, and for a multipart form the parts read above. */
    static final class CleanRequest extends HttpServletRequestWrapper {

        private final Map<String, List<String>> multipartFields;
        private final List<Part> parts;
        private Map<String, String[]> cleaned;

        CleanRequest(HttpServletRequest request, Map<String, List<String>> multipartFields, List<Part> parts) {
            super(request);
            this.multipartFields = multipartFields;
            this.parts = parts;
        }

        private Map<String, String[]> cleaned() {
            if (cleaned == null) {
                Map<String, String[]> raw = new LinkedHashMap<>();
                if (multipartFields == null) {
                    raw.putAll(super.getParameterMap());
                } else {
                    multipartFields.forEach((k, v) -> raw.put(k, v.toArray(String[]::new)));
                }
                Map<String, String[]> result = new LinkedHashMap<>();
                raw.forEach((name, values) -> {
                    String[] copy = values.clone();
                    if (!keptExactly(name)) {
                        for (int i = 0; i < copy.length; i++) {
                            copy[i] = ControlCharacters.strip(copy[i]);
                        }
                    }
                    result.put(ControlCharacters.strip(name), copy);
                });
                cleaned = Collections.unmodifiableMap(result);
            }
            return cleaned;
        }

        @Override
        public String getParameter(String name) {
            String[] values = cleaned().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return cleaned();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(cleaned().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = cleaned().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Collection<Part> getParts() throws IOException, ServletException {
            return parts == null ? super.getParts() : List.copyOf(parts);
        }

        @Override
        public Part getPart(String name) throws IOException, ServletException {
            if (parts == null) {
                return super.getPart(name);
            }
            return parts.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
        }
    }

    /** One part of a multipart form, held in memory (a file at most {@link #MAX_FILE_BYTES} and one byte). */
    static final class HeldPart implements Part {

        private final String name;
        private final String fileName;
        private final String contentType;
        private final FileItemHeaders headers;
        private final byte[] content;

        HeldPart(String name, String fileName, String contentType, FileItemHeaders headers, byte[] content) {
            this.name = name;
            this.fileName = fileName;
            this.contentType = contentType;
            this.headers = headers;
            this.content = content;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getSubmittedFileName() {
            return fileName;
        }

        @Override
        public long getSize() {
            return content.length;
        }

        @Override
        public void write(String path) throws IOException {
            Files.write(Path.of(path), content);
        }

        @Override
        public void delete() {}

        @Override
        public String getHeader(String header) {
            return headers == null ? null : headers.getHeader(header);
        }

        @Override
        public Collection<String> getHeaders(String header) {
            return headers == null ? List.of() : list(headers.getHeaders(header));
        }

        @Override
        public Collection<String> getHeaderNames() {
            return headers == null ? List.of() : list(headers.getHeaderNames());
        }

        private static List<String> list(Iterator<String> values) {
            List<String> result = new ArrayList<>();
            values.forEachRemaining(result::add);
            return result;
        }
    }
}
