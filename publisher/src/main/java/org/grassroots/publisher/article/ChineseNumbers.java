package org.grassroots.publisher.article;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Figures written the way Chinese reports write them: 8,500元, 15万元, 121.67亿元; 2023年3月5日.
 */
public final class ChineseNumbers {

	private static final long WAN = 10_000;

	private static final long YI = 100_000_000;

	private ChineseNumbers() {
	}

	/**
	 * An amount of money in 元, in 万元 from ten thousand and in 亿元 from a hundred million.
	 */
	public static String money(long yuan) {
		if (Math.abs(yuan) >= YI) {
			return scaled(yuan, YI) + "亿元";
		}
		if (Math.abs(yuan) >= WAN) {
			return scaled(yuan, WAN) + "万元";
		}
		return "%,d元".formatted(yuan);
	}

	/** A count or quantity without a needless {@code .0}. */
	public static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	public static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static String scaled(long yuan, long unit) {
		return BigDecimal.valueOf(yuan)
			.divide(BigDecimal.valueOf(unit), 2, RoundingMode.HALF_UP)
			.stripTrailingZeros()
			.toPlainString();
	}

}
