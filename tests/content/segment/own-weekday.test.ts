import { describe, expect, it } from 'vitest';
import { namesOwnWeekday } from '@/lib/content/segment/own-weekday';
import { matchDateline } from '@/lib/content/segment/header-lines';
import { compileArticle } from '../../support/compile-text';

const thursday = { year: 2024, month: 3, day: 14 };

describe('namesOwnWeekday', () => {
  it("reads the date's own weekday in the page's language, written in two capitalised words", () => {
    expect(namesOwnWeekday('Thứ Năm', thursday, ['vi'])).toBe(true);
    expect(namesOwnWeekday('thứ năm', thursday, ['vi'])).toBe(true);
  });

  it('reads no other day, no name and nothing without a language or a whole date', () => {
    expect(namesOwnWeekday('Thứ Năm', { year: 2024, month: 3, day: 15 }, ['vi'])).toBe(false);
    expect(namesOwnWeekday('Nguyễn Thu', thursday, ['vi'])).toBe(false);
    expect(namesOwnWeekday('Thứ Năm', thursday, [])).toBe(false);
    expect(namesOwnWeekday('Thứ Năm', { year: null, month: 3, day: 14 }, ['vi'])).toBe(false);
    expect(namesOwnWeekday('Thứ Năm', thursday, ['und'])).toBe(false);
  });

  it('answers the same when asked again, an unknown tag passed over for the next language', () => {
    for (let round = 0; round < 2; round++) {
      expect(namesOwnWeekday('Thursday', thursday, ['und', 'en'])).toBe(true);
      expect(namesOwnWeekday('Thu', thursday, ['en'])).toBe(true);
      expect(namesOwnWeekday('Friday', thursday, ['en', 'und'])).toBe(false);
      expect(namesOwnWeekday('Thứ Năm', thursday, ['en', 'vi'])).toBe(true);
    }
  });
});

describe('a dateline that opens with its weekday', () => {
  it('has no byline when the words before the date are its weekday', () => {
    const read = matchDateline('Thứ Năm, 14/03/2024, 10:15', { prefer: ['vi'] });
    expect(read?.byline).toBeNull();
    expect(read?.weekday).toBe(true);
  });

  it('keeps a name before the date as its byline', () => {
    expect(matchDateline('Nguyễn Thu Hà, 14/03/2024, 10:15', { prefer: ['vi'] })?.byline?.author).toBe('Nguyễn Thu Hà');
  });

  it("leaves the writer's signature under the story to be read", () => {
    const page = [
      'Trang chủ', 'Thời sự', 'Kinh tế',
      'Thành phố mở thêm ba tuyến xe buýt nối khu công nghiệp',
      'Thứ Năm, 14/03/2024, 10:15',
      'Thành phố vừa mở thêm ba tuyến xe buýt nối trung tâm với các khu công nghiệp phía nam.',
      'Mỗi tuyến chạy từ năm giờ sáng đến mười giờ tối, giá vé không thay đổi so với trước.',
      'Sở giao thông cho biết sẽ đánh giá lại lượng khách sau ba tháng vận hành.',
      'Phạm Minh Tuấn',
      'Chia sẻ',
    ];
    expect(compileArticle(page.join('\n'))?.author?.value).toBe('Phạm Minh Tuấn');
  });
});
