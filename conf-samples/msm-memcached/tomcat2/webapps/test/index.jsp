<%@ page language="java" contentType="text/html; charset=UTF-8" %>
<html>
  <head><title>tomcat2</title></head>
  <body>
    <h1>tomcat2</h1>
    <table border="1">
      <tr><td>Session ID</td><td><%= session.getId() %></td></tr>
      <tr><td>Created on</td><td><%= session.getCreationTime() %></td></tr>
    </table>
  </body>
</html>
