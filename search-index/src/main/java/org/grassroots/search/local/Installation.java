package org.grassroots.search.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The unpacked distribution with our analysis plugin installed, under
 * {@code <home>/dist}. It is unpacked once and reinstalled only when the distribution or
 * plugin zip changes, which a marker file with their sizes and times records.
 */
final class Installation {

	private final LocalElasticsearchSettings settings;

	private final Path home;

	Installation(LocalElasticsearchSettings settings, Path home) {
		this.settings = settings;
		this.home = home;
	}

	Path elasticsearchHome() {
		return this.home.resolve("dist").resolve("elasticsearch-" + this.settings.version());
	}

	void ensureInstalled(ProcessRunner runner) throws IOException {
		Path marker = this.home.resolve("dist").resolve(".installed");
		String fingerprint = fingerprint();
		if (Files.exists(marker) && Files.readString(marker).equals(fingerprint)) {
			return;
		}
		deleteRecursively(this.home.resolve("dist"));
		unzip(this.settings.distributionZip(), this.home.resolve("dist"));
		makeReadableByAll(this.home.resolve("dist"));
		runner.installPlugin(elasticsearchHome(), this.settings.pluginZip());
		makeReadableByAll(this.home.resolve("dist"));
		Files.writeString(marker, fingerprint);
	}

	private String fingerprint() throws IOException {
		return describe(this.settings.distributionZip()) + "\n" + describe(this.settings.pluginZip());
	}

	private static String describe(Path file) throws IOException {
		return file.getFileName() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
	}

	private static void unzip(Path zip, Path target) throws IOException {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			for (ZipEntry entry : file.stream().toList()) {
				Path destination = target.resolve(entry.getName()).normalize();
				if (!destination.startsWith(target)) {
					throw new IOException("Zip entry outside the target: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(destination);
					continue;
				}
				Files.createDirectories(destination.getParent());
				try (InputStream in = file.getInputStream(entry)) {
					Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	/**
	 * Zip extraction loses Unix modes: scripts must be executable and everything readable
	 * by the unprivileged user the server runs as.
	 */
	static void makeReadableByAll(Path root) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
				Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				boolean executable = file.getParent().getFileName().toString().equals("bin");
				Files.setPosixFilePermissions(file,
						PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
				return FileVisitResult.CONTINUE;
			}
		});
	}

	static void deleteRecursively(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> {
				try {
					Files.delete(path);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
