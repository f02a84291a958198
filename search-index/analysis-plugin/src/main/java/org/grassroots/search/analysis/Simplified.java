package org.grassroots.search.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;

/**
 * An analyzer that reads traditional characters as simplified ones first, so that a
 * visitor from Hong Kong or Macau typing 路燈 or 梁啟超 finds 路灯 and 梁启超, at index time and at
 * query time alike. The table is OpenCC's {@code TSCharacters} (Apache License 2.0), the
 * first simplified form of each traditional character.
 */
final class Simplified extends AnalyzerWrapper {

	private static final NormalizeCharMap TABLE = table();

	private final Analyzer analyzer;

	Simplified(Analyzer analyzer) {
		super(analyzer.getReuseStrategy());
		this.analyzer = analyzer;
	}

	@Override
	protected Analyzer getWrappedAnalyzer(String fieldName) {
		return this.analyzer;
	}

	@Override
	protected Reader wrapReader(String fieldName, Reader reader) {
		return new MappingCharFilter(TABLE, reader);
	}

	@Override
	protected Reader wrapReaderForNormalization(String fieldName, Reader reader) {
		return new MappingCharFilter(TABLE, reader);
	}

	/** A reader that reads traditional characters as simplified ones. */
	static Reader reader(Reader reader) {
		return new MappingCharFilter(TABLE, reader);
	}

	private static NormalizeCharMap table() {
		NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
		try (InputStream data = Simplified.class.getResourceAsStream("TSCharacters.txt");
				BufferedReader lines = new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				String[] columns = line.split("\t");
				if (columns.length == 2 && !columns[0].isEmpty()) {
					String simplified = columns[1].split(" ")[0];
					if (!simplified.equals(columns[0])) {
						builder.add(columns[0], simplified);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return builder.build();
	}

}
