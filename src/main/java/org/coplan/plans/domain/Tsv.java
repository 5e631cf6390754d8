package org.coplan.plans.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated content files under plans/: one record a line, lines starting with # are comments. */
final class Tsv {

    /** One data line: its line number (from 1) and its columns, with trailing empty columns kept as "". */
    record Line(int number, List<String> columns) {
        String column(int index) {
            return index < columns.size() ? columns.get(index).strip() : "";
        }
    }

    private Tsv() {}

    static List<Line> fromClasspath(String resource) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    static List<Line> read(Reader source) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank() || text.startsWith("#")) {
                continue;
            }
            lines.add(new Line(number, List.of(text.split("\t", -1))));
        }
        return lines;
    }
}
