/// <reference lib="dom" />
import '../shared/page.css';
document.getElementById('app')?.append('coming');
