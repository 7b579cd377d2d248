import { html, type Raw } from "./html.ts";
import type { CalendarMonth } from "../../src/site/calendar.ts";

const WEEKDAYS = ["一", "二", "三", "四", "五", "六", "日"];

/** A month grid: days with records are links carrying their counts. */
export function calendarTable(c: CalendarMonth, caption: Raw | string): Raw {
  return html`<table class="calendar"><caption>${caption}</caption>
<thead><tr>${WEEKDAYS.map((d) => html`<th scope="col" abbr="星期${d}">${d}</th>`)}</tr></thead>
<tbody>${c.weeks.map(
    (w) =>
      html`<tr>${w.map((cell) =>
        !cell
          ? html`<td></td>`
          : cell.link
            ? html`<td class="has"><a href="${cell.link.url}">${cell.day}<span class="visually-hidden">日,</span><span class="count">${cell.link.count}<span class="visually-hidden"> 条</span></span></a></td>`
            : html`<td>${cell.day}</td>`,
      )}</tr>`,
  )}</tbody></table>`;
}
