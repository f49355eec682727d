package org.praxis.register.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files copied to a private temporary folder, so an import can outlive the request that brought them.
 * The person's own file names are kept for messages; the paths on disk are not theirs.
 */
public record UploadedFiles(Path folder, List<ImportFile> files) implements AutoCloseable {

    public static UploadedFiles save(List<MultipartFile> uploaded) {
        try {
            var folder = Files.createTempDirectory("praxis-import");
            var files = new ArrayList<ImportFile>();
            int n = 0;
            for (var upload : uploaded) {
                var path = folder.resolve("upload-" + (++n));
                upload.transferTo(path);
                var name = upload.getOriginalFilename() == null
                                || upload.getOriginalFilename().isBlank()
                        ? "upload " + n
                        : upload.getOriginalFilename();
                files.add(new ImportFile(
                        path, Path.of(name.replace('\\', '/')).getFileName().toString()));
            }
            return new UploadedFiles(folder, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files the person chose. A part with no file name is the browser saying none was chosen; a chosen file of
     * 0 bytes is kept, so the import can say it is empty rather than that no file was chosen.
     */
    public static List<MultipartFile> chosen(List<MultipartFile> files) {
        return files == null
                ? List.of()
                : files.stream()
                        .filter(f -> !f.isEmpty()
                                || (f.getOriginalFilename() != null
                                        && !f.getOriginalFilename().isBlank()))
                        .toList();
    }

    @Override
    public void close() {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is cleared by the operating system.
        }
    }
}
