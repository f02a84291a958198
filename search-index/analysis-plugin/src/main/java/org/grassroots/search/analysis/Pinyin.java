package org.grassroots.search.analysis;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless Hanyu Pinyin of the common CJK block, read once from pinyin4j's table into an
 * array so that analysis costs one look-up per character. A character with several
 * readings gets its first (most common) one: 长 is {@code chang}, 行 is {@code xing}; ü is
 * written {@code v}, as pinyin keyboards do.
 */
final class Pinyin {

	private static final char FIRST = '\u3400';

	private static final char LAST = '\u9fff';

	private static final String[] READINGS = readings();

	private Pinyin() {
	}

	/** The reading of a CJK character, or null for any other character. */
	static String of(char c) {
		return (c >= FIRST && c <= LAST) ? READINGS[c - FIRST] : null;
	}

	/**
	 * The text with each CJK character replaced by its reading (or its reading's first
	 * letter), other characters kept: 22盏路灯 is {@code 22zhanludeng}, {@code 22zld}.
	 */
	static String convert(CharSequence text, boolean initials) {
		StringBuilder converted = new StringBuilder(text.length() * (initials ? 1 : 4));
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String reading = of(c);
			if (reading == null) {
				converted.append(c);
			}
			else if (initials) {
				converted.append(reading.charAt(0));
			}
			else {
				converted.append(reading);
			}
		}
		return converted.toString();
	}

	private static String[] readings() {
		HanyuPinyinOutputFormat format = new HanyuPinyinOutputFormat();
		format.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		format.setCaseType(HanyuPinyinCaseType.LOWERCASE);
		format.setVCharType(HanyuPinyinVCharType.WITH_V);
		String[] readings = new String[LAST - FIRST + 1];
		try {
			for (char c = FIRST; c <= LAST; c++) {
				String[] all = PinyinHelper.toHanyuPinyinStringArray(c, format);
				if (all != null && all.length > 0 && !all[0].isEmpty()) {
					readings[c - FIRST] = all[0];
				}
			}
		}
		catch (BadHanyuPinyinOutputFormatCombination ex) {
			throw new IllegalStateException(ex);
		}
		return readings;
	}

}
