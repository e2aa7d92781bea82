import { defineSite } from './types';

export default defineSite({
  name: 'Bitget',
  matches: ['https://www.bitget.com/*'],
  rules: ['##.micro-cookie-dialog'],
  examples: ['https://www.bitget.com/news/detail/12560603991422'],
});
