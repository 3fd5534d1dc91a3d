package org.gongwen.archive.search.application;

import java.util.List;

import org.gongwen.archive.search.domain.Catalogue;
import org.gongwen.archive.shared.domain.ArchivalClass;

/** The 归档文件目录 of one class with its cover fields (全宗号, 全宗名称, 年度, 保管期限, 机构). */
public record ClassCatalogue(String fonds, String fondsName, ArchivalClass archivalClass,
                             List<Catalogue.Entry> entries) {
}
