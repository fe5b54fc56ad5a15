import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { locale, t } from './i18n';
import type { ClassifierAnswer, CsatAnswer, ResolutionAnswer, SlaAnswer, VolumeAnswer } from './types';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

const palette = ['#2563eb', '#16a34a', '#f59e0b', '#dc2626', '#7c3aed', '#0891b2', '#db2777', '#65a30d', '#ea580c', '#4f46e5', '#94a3b8'];
const charts = new Map<string, echarts.ECharts>();

function chart(id: string): echarts.ECharts {
  const element = document.getElementById(id)!;
  let instance = charts.get(id);
  if (instance === undefined || instance.isDisposed()) {
    instance = echarts.init(element, undefined, { renderer: 'canvas' });
    charts.set(id, instance);
  }
  return instance;
}

export function resizeCharts(): void {
  for (const instance of charts.values()) instance.resize();
}

const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`);
const narrow = () => window.innerWidth < 700;
const base = { color: palette, textStyle: { fontFamily: 'inherit' }, animationDuration: 300 };

export function drawVolume(data: VolumeAnswer): void {
  const days = new Set(data.series[0]?.points.map((p) => p.t));
  const format = new Intl.DateTimeFormat(locale(), { month: 'short', day: 'numeric', ...(days.size <= 2 ? { hour: '2-digit' } : {}) });
  chart('chart-volume').setOption(
    {
      ...base,
      tooltip: { trigger: 'axis', order: 'valueDesc' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: data.series[0]?.points.map((p) => format.format(new Date(p.t))) ?? [] },
      yAxis: { type: 'value', minInterval: 1 },
      series: data.series.map((s) => ({
        name: s.key === 'other' ? t('otherCategories') : s.key.replaceAll('_', ' '),
        type: 'bar',
        stack: 'volume',
        emphasis: { focus: 'series' },
        // The long tail stays in the picture but out of the way.
        ...(s.key === 'other' ? { itemStyle: { color: '#cbd5e1' } } : {}),
        data: s.points.map((p) => p.count),
      })),
    },
    { notMerge: true },
  );
}

export function drawSla(data: SlaAnswer): void {
  const groups = [...data.groups].sort((a, b) => (a.compliance ?? 1) - (b.compliance ?? 1));
  chart('chart-sla').setOption(
    {
      ...base,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value}%` : String(value)),
      },
      legend: { top: 0 },
      grid: { left: narrow() ? 80 : 110, right: 24, top: 36, bottom: 24 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: groups.map((g) => `${g.key} (${g.breached})`) },
      series: [
        { name: `${t('firstResponse')} ${t('compliance')}`, type: 'bar', data: groups.map((g) => round1(g.firstResponseCompliance)) },
        { name: `${t('resolution')} ${t('compliance')}`, type: 'bar', data: groups.map((g) => round1(g.resolutionCompliance)) },
      ],
    },
    { notMerge: true },
  );
}

const round1 = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

export function drawResolution(data: ResolutionAnswer): void {
  const labels = data.histogram.map((bucket, i) => {
    const previous = i === 0 ? 0 : data.histogram[i - 1]!.upToHours!;
    return bucket.upToHours === null ? `> ${hours(previous)}` : `${hours(previous)}–${hours(bucket.upToHours)}`;
  });
  chart('chart-resolution').setOption(
    {
      ...base,
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: t('requests'), type: 'bar', data: data.histogram.map((b) => b.count), itemStyle: { color: palette[0] } }],
    },
    { notMerge: true },
  );
}

const hours = (value: number) => (value >= 24 ? `${value / 24}d` : `${value}${t('hours')}`);

export function drawCsat(data: CsatAnswer): void {
  const trend = data.trend.filter((day) => day.mean !== null);
  const format = new Intl.DateTimeFormat(locale(), { month: 'short', day: 'numeric' });
  chart('chart-csat').setOption(
    {
      ...base,
      tooltip: { trigger: 'axis' },
      grid: [
        { left: 36, right: '55%', top: 16, bottom: 28 },
        { left: '55%', right: 16, top: 16, bottom: 28 },
      ],
      xAxis: [
        { type: 'category', gridIndex: 0, data: ['1★', '2★', '3★', '4★', '5★'] },
        { type: 'category', gridIndex: 1, data: trend.map((day) => format.format(new Date(day.t))) },
      ],
      yAxis: [
        { type: 'value', gridIndex: 0, minInterval: 1 },
        { type: 'value', gridIndex: 1, min: 1, max: 5 },
      ],
      series: [
        {
          name: t('ratings'),
          type: 'bar',
          xAxisIndex: 0,
          yAxisIndex: 0,
          data: data.overall.distribution.map((count, i) => ({ value: count, itemStyle: { color: ['#dc2626', '#f97316', '#facc15', '#84cc16', '#16a34a'][i] } })),
        },
        { name: t('meanScore'), type: 'line', xAxisIndex: 1, yAxisIndex: 1, smooth: true, data: trend.map((day) => day.mean?.toFixed(2)), itemStyle: { color: palette[0] } },
      ],
    },
    { notMerge: true },
  );
}

export function drawClassifier(data: ClassifierAnswer): void {
  // A handful of requests says nothing about a confidence band.
  const buckets = data.reliability.filter((b) => b.verified >= 5);
  chart('chart-classifier').setOption(
    {
      ...base,
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value}%` : String(value)) },
      legend: { top: 0 },
      grid: { left: 44, right: 16, top: 36, bottom: 40 },
      xAxis: { type: 'category', name: t('accuracyByConfidence'), nameLocation: 'middle', nameGap: 26, data: buckets.map((b) => `${Math.round(b.low * 100)}–${Math.round(b.high * 100)}%`) },
      yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: t('accuracy'), type: 'bar', data: buckets.map((b) => round1(b.accuracy)) },
        { name: t('perfect'), type: 'line', symbol: 'none', lineStyle: { type: 'dashed' }, data: buckets.map((b) => round1(b.meanConfidence)), itemStyle: { color: '#94a3b8' } },
      ],
    },
    { notMerge: true },
  );
}

export { percent };
