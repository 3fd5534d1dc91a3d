package org.gongwen.archive.verifier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The archival package's ZIP in one canonical form: entries STORED (no compression — DA/T 70 可用性 asks for no
 * non-public compression, and an uncompressed package stays readable byte for byte), in the given order, one fixed
 * local time, no extra fields, no comment. Because the form is canonical, the verifier can re-write what it read
 * and demand the very same bytes: a change to any byte of the file — content, header, directory — is detected,
 * not only changes to entry contents.
 */
public final class PackageZip {

    /** One file of the package. */
    public record Entry(String name, byte[] data) {
    }

    private PackageZip() {
    }

    public static byte[] write(List<Entry> entries, LocalDateTime time) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Entry e : entries) {
                ZipEntry z = new ZipEntry(e.name());
                CRC32 crc = new CRC32();
                crc.update(e.data());
                z.setMethod(ZipEntry.STORED);
                z.setSize(e.data().length);
                z.setCompressedSize(e.data().length);
                z.setCrc(crc.getValue());
                z.setTimeLocal(time);
                zip.putNextEntry(z);
                zip.write(e.data());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries, if {@code zip} is a package in canonical form; otherwise an exception saying why not. */
    public static List<Entry> readCanonical(byte[] zip) throws ZipException {
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        LocalDateTime time = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry z = in.getNextEntry(); z != null; z = in.getNextEntry()) {
                if (!names.add(z.getName())) {
                    throw new ZipException("duplicate entry " + z.getName());
                }
                time = time == null ? z.getTimeLocal() : time;
                entries.add(new Entry(z.getName(), in.readAllBytes()));
            }
        } catch (ZipException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            throw new ZipException("unreadable: " + e.getMessage());
        }
        if (entries.isEmpty() || !Arrays.equals(write(entries, time), zip)) {
            throw new ZipException("not the canonical form of its own entries (bytes added, removed or changed)");
        }
        return entries;
    }
}
