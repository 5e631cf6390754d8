package org.coplan.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A Word document of about 2 MB that unpacks to 2 GiB, built in well under a second: one block of
 * 64 MiB of zeros is compressed once and written as the content of 32 entries, the last of them
 * {@code word/document.xml}, so a check that looks for that entry must first unpack the rest.
 * Compressing 2 GiB for real would take the test some 12 seconds.
 */
public final class ZipBombs {

    public static final long UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;
    private static final int ENTRY_BYTES = 64 * 1024 * 1024;

    private ZipBombs() {}

    public static byte[] wordDocumentOfTwoGibibytes() {
        byte[] zeros = new byte[ENTRY_BYTES];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(zeros);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        byte[] data = compressed.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(zeros);
        int entries = (int) (UNPACKED_BYTES / ENTRY_BYTES);
        List<String> names = new ArrayList<>();
        for (int i = 1; i < entries; i++) {
            names.add("word/media/image" + i + ".png");
        }
        names.add("word/document.xml");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        for (String name : names) {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            int offset = zip.size();
            zip.writeBytes(le(30).putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8)
                    .putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue()).putInt(data.length)
                    .putInt(ENTRY_BYTES).putShort((short) n.length).putShort((short) 0).array());
            zip.writeBytes(n);
            zip.writeBytes(data);
            directory.writeBytes(le(46).putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0)
                    .putShort((short) 8).putShort((short) 0).putShort((short) 0x21).putInt((int) crc.getValue())
                    .putInt(data.length).putInt(ENTRY_BYTES).putShort((short) n.length).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).array());
            directory.writeBytes(n);
        }
        int directoryOffset = zip.size();
        zip.writeBytes(directory.toByteArray());
        zip.writeBytes(le(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries)
                .putShort((short) entries).putInt(directory.size()).putInt(directoryOffset).putShort((short) 0).array());
        return zip.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
